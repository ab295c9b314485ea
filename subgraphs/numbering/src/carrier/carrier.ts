/** What numbering asks of the carrier that really connects numbers to the network. */
export interface Carrier {
  /**
   * Activates a number for our network; resolves once the carrier settled it. Must be safe to
   * call again for the same number (numbering retries lines still PENDING after a restart).
   */
  activate(request: { e164: string; orderLineId: string }): Promise<CarrierOutcome>;
}

export type CarrierOutcome = { status: 'ACTIVE' } | { status: 'FAILED'; reason: string };

/** The sandbox fails any number whose E.164 ends in these digits (README, "Ordering numbers"). */
export const SANDBOX_FAILING_SUFFIX = '99';
export const DEFAULT_SANDBOX_DELAY_MS = 2000;

/**
 * The default carrier: activates after `delayMs`, and fails numbers ending in
 * SANDBOX_FAILING_SUFFIX so the failure path can be run end to end.
 */
export class SandboxCarrier implements Carrier {
  constructor(private readonly delayMs = DEFAULT_SANDBOX_DELAY_MS) {}

  async activate({ e164 }: { e164: string; orderLineId: string }): Promise<CarrierOutcome> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs).unref());
    return e164.endsWith(SANDBOX_FAILING_SUFFIX) ? { status: 'FAILED', reason: 'The sandbox carrier refuses numbers ending in 99.' } : { status: 'ACTIVE' };
  }
}
