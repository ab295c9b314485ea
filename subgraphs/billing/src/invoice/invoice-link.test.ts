import { formatInvoiceNumber } from './invoice-number';
import { signInvoiceToken, verifyInvoiceToken } from './invoice-link';

describe('invoice download links', () => {
  const id = '0b7c1f9e-5d1a-4a53-9d53-2f0e7c1d9a10';
  const now = new Date('2026-06-16T10:00:00Z');
  const token = signInvoiceToken('secret-1', id, new Date(now.getTime() + 60_000));

  it('opens the invoice until it expires', () => {
    expect(verifyInvoiceToken('secret-1', token, now)).toBe(id);
    expect(verifyInvoiceToken('secret-1', token, new Date(now.getTime() + 60_000))).toBeNull();
  });
  it('refuses another secret, a changed id or expiry, and garbage', () => {
    expect(verifyInvoiceToken('secret-2', token, now)).toBeNull();
    expect(verifyInvoiceToken('secret-1', token.replace(id, '1b7c1f9e-5d1a-4a53-9d53-2f0e7c1d9a10'), now)).toBeNull();
    const [, expires] = token.split('.');
    expect(verifyInvoiceToken('secret-1', token.replace(`.${expires}.`, `.${Number(expires) + 1}.`), now)).toBeNull();
    expect(verifyInvoiceToken('secret-1', 'x', now)).toBeNull();
  });
  it('numbers invoices per year with six digits', () => {
    expect(formatInvoiceNumber(2026, 1)).toBe('2026-000001');
    expect(formatInvoiceNumber(2026, 123456)).toBe('2026-123456');
  });
});
