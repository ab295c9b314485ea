import { isEuMemberState } from '../quote/vat-rates';
import { vatNumberCountry } from './vat-number';

/** What the registry (VIES) says of a VAT number. */
export type VatRegistryAnswer = 'VALID' | 'INVALID' | 'UNAVAILABLE';

/**
 * The registry of EU VAT numbers (VIES). Behind an interface so that tests and the embedded start
 * never call the European Commission; a production adapter calls VIES's REST service and maps
 * timeouts and "MS_UNAVAILABLE" to UNAVAILABLE.
 */
export interface VatRegistry {
  check(vatNumber: string): Promise<VatRegistryAnswer>;
}

/**
 * The default registry: every well-formed number is registered, except the ones listed as
 * `invalid`; `unavailable` makes it behave like VIES when a member state's service is down.
 */
export class SandboxVatRegistry implements VatRegistry {
  constructor(private readonly options: { invalid?: readonly string[]; unavailable?: boolean } = {}) {}

  async check(vatNumber: string): Promise<VatRegistryAnswer> {
    if (this.options.unavailable) return 'UNAVAILABLE';
    return this.options.invalid?.includes(vatNumber) ? 'INVALID' : 'VALID';
  }
}

/** Only EU numbers can be asked of VIES (a Swiss CHE number has its own registry, not needed for VAT here). */
export const isCheckedByVies = (vatNumber: string) => isEuMemberState(vatNumberCountry(vatNumber));
