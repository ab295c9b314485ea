import type { PriceTotalsFragment } from '../gql/graphql';

/** The amounts every quote shows (plans and numbers alike): excl. VAT, VAT at its rate, incl. VAT. */
export function PriceTotalRows({ totals }: { totals: PriceTotalsFragment }) {
  return (
    <>
      <tr>
        <th>Total excl. VAT</th>
        <td className="amount" data-testid="subtotal">
          {totals.subtotalDueNow.formatted}
        </td>
      </tr>
      <tr>
        <th>VAT{totals.vat && ` (${totals.vat.rate})`}</th>
        <td className="amount" data-testid="vat">
          {totals.vatDueNow?.formatted ?? 'needs a billing profile'}
        </td>
      </tr>
      <tr>
        <th>Total incl. VAT</th>
        <td className="amount" data-testid="total">
          {totals.totalDueNow?.formatted ?? '—'}
        </td>
      </tr>
    </>
  );
}

/** The monthly bill once the quote is paid, with the legal VAT mention when there is one. */
export function NextMonthly({ totals, after = '' }: { totals: PriceTotalsFragment; after?: string }) {
  return (
    <>
      {totals.vat?.mention && <p className="muted">{totals.vat.mention}</p>}
      <p className="muted" data-testid="next-monthly">
        From next month: {totals.nextPeriodMonthly.formatted} excl. VAT
        {totals.nextPeriodMonthlyIncludingVat && `, ${totals.nextPeriodMonthlyIncludingVat.formatted} incl. VAT`} per month{after}.
      </p>
    </>
  );
}
