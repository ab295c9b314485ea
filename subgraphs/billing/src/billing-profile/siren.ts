/** A SIREN (French company number): 9 digits whose Luhn checksum is valid. Spaces are ignored. */
export function normalizeSiren(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function isValidSiren(siren: string): boolean {
  if (!/^\d{9}$/.test(siren)) return false;
  return luhnValid(siren);
}

/** Luhn: from the right, double every second digit (minus 9 above 9); the sum is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
