import { randomUUID } from 'node:crypto';
import express from 'express';
import { listen, type Listening } from '../../packages/kit/src';

/**
 * A local HTTP server answering the few Stripe endpoints billing uses (create-and-confirm and
 * retrieve a PaymentIntent), with Stripe's test payment methods and Idempotency-Key replays.
 * Not a mock of our code: it stands in for Stripe's servers, which tests cannot reach.
 */
export class FakeStripe {
  readonly intents = new Map<string, any>();
  readonly created = new Map<string, number>();
  private readonly byKey = new Map<string, { status: number; body: unknown }>();
  down = false;
  /** Slow Stripe: charges are made, their answers held until `release()` (the client times out first). */
  slow = false;
  private held: (() => void)[] = [];

  private constructor(readonly server: Listening) {}

  static async start(): Promise<FakeStripe> {
    const app = express();
    let fake: FakeStripe | null = null;
    app.use(express.urlencoded({ extended: true }));
    app.post('/v1/payment_intents', (req, res) => fake!.create(req, res));
    app.get('/v1/payment_intents/:id', (req, res) => {
      const intent = fake!.intents.get(req.params.id);
      if (!intent) res.status(404).json({ error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } });
      else res.json(intent);
    });
    fake = new FakeStripe(await listen(app, 0));
    return fake;
  }

  /** Where the SDK should send its requests. */
  get port(): number {
    return this.server.port;
  }

  /** What the bank's 3-D Secure page does once the customer approved: the intent succeeds. */
  completeChallenge(id: string, approve: boolean): any {
    const intent = this.intents.get(id);
    Object.assign(
      intent,
      approve
        ? { status: 'succeeded', next_action: null }
        : {
            status: 'requires_payment_method',
            next_action: null,
            last_payment_error: { type: 'card_error', code: 'payment_intent_authentication_failure', decline_code: null },
          },
    );
    return intent;
  }

  /** Sends the answers held while slow. */
  release(): void {
    this.slow = false;
    for (const send of this.held.splice(0)) send();
  }

  close(): Promise<void> {
    this.release();
    return this.server.close();
  }

  private create(req: express.Request, res: express.Response): void {
    if (this.down) {
      res.status(500).json({ error: { type: 'api_error', message: 'Stripe is down (fake)' } });
      return;
    }
    const key = req.header('idempotency-key') ?? randomUUID();
    const replay = this.byKey.get(key);
    if (replay) {
      res.status(replay.status).json(replay.body);
      return;
    }
    const body = req.body as { amount: string; currency: string; payment_method: string; return_url?: string };
    const id = `pi_fake_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const intent: any = {
      id,
      object: 'payment_intent',
      amount: Number(body.amount),
      currency: body.currency,
      client_secret: `${id}_secret_x`,
      status: 'succeeded',
      next_action: null,
      last_payment_error: null,
      metadata: {},
    };
    let status = 200;
    let answer: unknown = intent;
    if (body.payment_method === 'pm_card_chargeDeclined' || body.payment_method === 'pm_card_chargeDeclinedInsufficientFunds') {
      const decline = body.payment_method === 'pm_card_chargeDeclined' ? 'generic_decline' : 'insufficient_funds';
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: decline } });
      status = 402;
      answer = { error: { type: 'card_error', code: 'card_declined', decline_code: decline, message: 'Your card was declined.', payment_intent: intent } };
    } else if (body.payment_method === 'pm_card_threeDSecure2Required') {
      Object.assign(intent, {
        status: 'requires_action',
        next_action: { type: 'redirect_to_url', redirect_to_url: { url: `https://hooks.stripe.test/3ds/${id}`, return_url: body.return_url ?? null } },
      });
    }
    this.intents.set(id, intent);
    this.created.set(key, (this.created.get(key) ?? 0) + 1);
    this.byKey.set(key, { status, body: answer });
    const send = () => {
      if (!res.writableEnded && !res.destroyed) res.status(status).json(answer);
    };
    if (this.slow) this.held.push(send);
    else send();
  }
}
