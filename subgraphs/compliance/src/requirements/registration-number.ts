/**
 * Company registration numbers checked for the identity's country. France: a SIREN (9 digits)
 * or a SIRET (14 digits: SIREN + establishment), both carrying a Luhn check digit. La Poste's
 * SIRET (SIREN 356000000) breaks the Luhn rule and is checked by its own rule (digit sum % 5),
 * as INSEE documents it. Other countries: a plausible identifier (letters, digits, 4-20).
 */
export type RegistrationCheck = { ok: true; normalized: string } | { ok: false; message: string };

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';

export function checkRegistrationNumber(countryCode: string, raw: string): RegistrationCheck {
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (countryCode === 'FR') {
    if (!/^\d{9}$|^\d{14}$/.test(compact)) return { ok: false, message: 'A French registration number is a SIREN (9 digits) or a SIRET (14 digits).' };
    const laPoste = compact.length === 14 && compact.startsWith(LA_POSTE_SIREN);
    const valid = laPoste ? [...compact].reduce((s, d) => s + Number(d), 0) % 5 === 0 : luhnValid(compact);
    if (!valid) return { ok: false, message: `This ${compact.length === 9 ? 'SIREN' : 'SIRET'} has a wrong check digit; copy it again from the KBIS.` };
    return { ok: true, normalized: compact };
  }
  if (!/^[A-Z0-9]{4,20}$/.test(compact)) return { ok: false, message: 'A registration number is 4 to 20 letters or digits.' };
  return { ok: true, normalized: compact };
}
