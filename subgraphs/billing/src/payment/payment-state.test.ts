import { applyTransition } from '../../../../packages/kit/src';
import { PAYMENT_TRANSITIONS, PaymentState, type PaymentEvent } from './payment-state';
import { SandboxPaymentProvider } from './sandbox-payment-provider';

describe('payment lifecycle', () => {
  const events: PaymentEvent[] = ['ATTACH', 'SUCCEED', 'DECLINE', 'REQUIRE_ACTION', 'PROCESS', 'CANCEL'];
  const allowed = new Map(PAYMENT_TRANSITIONS.map((t) => [`${t.from}/${t.event}`, t.to]));
  const expected: Record<string, PaymentState> = {
    'REQUIRES_PAYMENT_METHOD/ATTACH': PaymentState.REQUIRES_CONFIRMATION,
    'REQUIRES_PAYMENT_METHOD/CANCEL': PaymentState.CANCELED,
    'REQUIRES_CONFIRMATION/SUCCEED': PaymentState.SUCCEEDED,
    'REQUIRES_CONFIRMATION/DECLINE': PaymentState.REQUIRES_PAYMENT_METHOD,
    'REQUIRES_CONFIRMATION/REQUIRE_ACTION': PaymentState.REQUIRES_ACTION,
    'REQUIRES_CONFIRMATION/PROCESS': PaymentState.PROCESSING,
    'REQUIRES_CONFIRMATION/CANCEL': PaymentState.CANCELED,
    'REQUIRES_ACTION/SUCCEED': PaymentState.SUCCEEDED,
    'REQUIRES_ACTION/DECLINE': PaymentState.REQUIRES_PAYMENT_METHOD,
    'REQUIRES_ACTION/PROCESS': PaymentState.PROCESSING,
    'REQUIRES_ACTION/CANCEL': PaymentState.CANCELED,
    'PROCESSING/SUCCEED': PaymentState.SUCCEEDED,
    'PROCESSING/DECLINE': PaymentState.REQUIRES_PAYMENT_METHOD,
  };
  it('has exactly the expected transitions', () => expect(Object.fromEntries(allowed)).toEqual(expected));
  for (const state of Object.values(PaymentState)) {
    for (const event of events) {
      const to = expected[`${state}/${event}`];
      it(`${state} + ${event} -> ${to ?? 'refused'}`, () => {
        expect(applyTransition(PAYMENT_TRANSITIONS, state, event)).toEqual(
          to ? { ok: true, to } : { ok: false, reason: `${event} is not allowed in state ${state}` },
        );
      });
    }
  }
});

describe('sandbox payment provider', () => {
  const request = (paymentMethod: string, idempotencyKey: string) => ({
    amountMinor: 3894,
    currency: 'EUR',
    paymentMethod,
    idempotencyKey,
    returnUrl: 'https://app.example/back',
    paymentId: 'p1',
    offSession: false,
  });
  it('answers like Stripe test cards and never charges twice for one key', async () => {
    const sandbox = new SandboxPaymentProvider();
    const paid = await sandbox.confirm(request('pm_card_visa', 'k1'));
    expect(paid.status).toBe('succeeded');
    expect(await sandbox.confirm(request('pm_card_visa', 'k1'))).toEqual(paid);
    expect(sandbox.chargesOf(paid.id)).toBe(1);
    expect(await sandbox.confirm(request('pm_card_chargeDeclined', 'k2'))).toMatchObject({
      status: 'requires_payment_method',
      errorCode: 'card_declined',
      declineCode: 'generic_decline',
    });
    expect(await sandbox.confirm(request('pm_card_chargeDeclinedInsufficientFunds', 'k3'))).toMatchObject({
      status: 'requires_payment_method',
      declineCode: 'insufficient_funds',
    });
    const challenged = await sandbox.confirm(request('pm_card_threeDSecure2Required', 'k4'));
    expect(challenged).toMatchObject({ status: 'requires_action', nextActionUrl: `/pay/${challenged.id}` });
    expect(sandbox.decideChallenge(challenged.id, true)).toBe(true);
    expect(sandbox.decideChallenge(challenged.id, true)).toBe(false);
    expect((await sandbox.retrieve(challenged.id)).status).toBe('succeeded');
    sandbox.unavailable = true;
    await expect(sandbox.confirm(request('pm_card_visa', 'k5'))).rejects.toThrow('unavailable');
  });
});
