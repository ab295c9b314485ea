import { formatInvoiceNumber } from './invoice-number';

describe('invoice numbers', () => {
  it('numbers invoices per year with six digits', () => {
    expect(formatInvoiceNumber(2026, 1)).toBe('2026-000001');
    expect(formatInvoiceNumber(2026, 123456)).toBe('2026-123456');
  });
});
