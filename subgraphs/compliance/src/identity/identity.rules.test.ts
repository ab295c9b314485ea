import { numberUseOf } from '../requirements/requirements.resolver';
import { NumberUse } from '../requirements/requirements';
import { checkOptionalPhone } from './identity.rules';

describe('contact phone (the kit phone-number library)', () => {
  it.each([
    ['+33612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+44 (20) 7946-0958', '+442079460958'],
  ])('accepts %p as %p', (raw, e164) => {
    expect(checkOptionalPhone(raw)).toEqual({ ok: true, value: e164 });
  });

  it.each(['0612345678', '+3361234', '+33 6 12 34 56 78 9', 'call me'])('refuses %p with INVALID_PHONE on contactPhone', (raw) => {
    const checked = checkOptionalPhone(raw);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.userErrors.map((e) => `${e.code}@${e.field}`)).toEqual(['INVALID_PHONE@contactPhone']);
  });

  it('keeps an absent phone absent', () => {
    expect(checkOptionalPhone(null)).toEqual({ ok: true, value: null });
  });
});

describe('numberUseOf', () => {
  it.each([
    ['+33142345678', 'FR', NumberUse.LOCAL],
    ['+33612345678', 'FR', NumberUse.MOBILE],
    ['+33800123456', 'FR', NumberUse.TOLL_FREE],
  ])('reads %p as %s %s', (e164, countryCode, use) => {
    expect(numberUseOf(e164)).toEqual({ countryCode, use });
  });

  it('knows nothing of a number no plan assigns', () => {
    expect(numberUseOf('+999123')).toBeNull();
  });
});
