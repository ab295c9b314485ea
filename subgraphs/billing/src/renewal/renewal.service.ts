import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction, isUniqueViolation, log, newId } from '../../../../packages/kit/src';
import { Account } from '../account/account.entity';
import { BillingProfile, VatNumberStatus } from '../billing-profile/billing-profile.entity';
import { Invoice, InvoiceKind, InvoiceLine, InvoiceStatus } from '../invoice/invoice.entity';
import { nextInvoiceNumber } from '../invoice/invoice-number';
import { vatOn } from '../money-math';
import { PaymentState } from '../payment/payment-state';
import { Payment } from '../payment/payment.entity';
import type { PaymentService } from '../payment/payment.service';
import { Plan } from '../plan/plan.entity';
import { assessVat, CustomerKind } from '../quote/vat';
import { SELLER } from '../seller';
import { Subscription } from '../subscription/subscription.entity';
import { NumberSubscriptionLine, NumberSubscriptionState } from '../number-order/number-subscription.entity';
import { Money } from '../money';
import { applyDueScheduledChanges } from './apply-scheduled-changes';
import { Renewal, RenewalState } from './renewal.entity';

export interface RenewalSummary {
  renewed: number;
  paid: number;
  pastDue: number;
  skipped: number;
}

/**
 * The monthly roll-over for the period starting `periodStart` (the 1st, ISO): applies what was
 * scheduled, invoices the month at full price, and charges the card of the account's last
 * successful payment off-session. Each account is claimed once per period (unique index), so the
 * command is safe to run twice and on several replicas; a failed charge leaves the invoice OPEN
 * and the account PAST_DUE, and the customer pays with confirmPayment (3-D Secure if asked).
 * Meant to run on the 1st (renewal-job.ts): an account whose first invoice is a purchase of this
 * period is left out (its quote paid the month), but seats an account added on the 1st before its claim are
 * invoiced in full again.
 */
export async function renewPeriod(db: DataSource, payments: PaymentService, providerName: string, periodStart: string, now: Date): Promise<RenewalSummary> {
  await applyDueScheduledChanges(db, periodStart, now);
  // A customer whose first invoice is a purchase in this period (bought on or after its 1st)
  // already paid the rest of the month with its quote: not renewed for it.
  const newcomers = new Set(
    (
      await db.query(
        `SELECT DISTINCT account_id AS accountId FROM invoices WHERE issued_on >= ? AND quote_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM invoices WHERE issued_on < ?)`,
        [periodStart, periodStart],
      )
    ).map((row: { accountId: string }) => row.accountId),
  );
  const accountIds = [
    ...new Set([
      ...(await db.getRepository(Subscription).find({ where: { quantity: MoreThan(0) }, select: { accountId: true } })).map((s) => s.accountId),
      ...(await billedNumbers(db.manager, null, periodStart)).map((line) => line.accountId),
    ]),
  ]
    .filter((accountId) => !newcomers.has(accountId))
    .sort();
  const summary: RenewalSummary = { renewed: 0, paid: 0, pastDue: 0, skipped: 0 };
  for (const accountId of accountIds) {
    const claimed = await claimAndInvoice(db, accountId, periodStart, providerName, now);
    if (!claimed) {
      summary.skipped += 1;
      continue;
    }
    summary.renewed += 1;
    if (claimed.paymentId) {
      const errors = await payments.confirm(claimed.paymentId);
      if (errors.length) log({ level: 'warn', msg: 'renewal charge not answered; retried by confirmPayment or the next run', accountId });
      const payment = await db.getRepository(Payment).findOneByOrFail({ id: claimed.paymentId });
      if (payment.state === PaymentState.SUCCEEDED) summary.paid += 1;
      else summary.pastDue += 1;
    } else if (claimed.pastDue) summary.pastDue += 1;
  }
  return summary;
}

async function claimAndInvoice(
  db: DataSource,
  accountId: string,
  periodStart: string,
  providerName: string,
  now: Date,
): Promise<{ paymentId: string | null; pastDue: boolean } | null> {
  return inTransaction(db, async (tx) => {
    const renewalId = newId();
    try {
      await tx.getRepository(Renewal).insert({ id: renewalId, accountId, periodStart, state: RenewalState.CHARGING, invoiceId: null });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    const invoice = await issueMonthInvoice(tx, accountId, periodStart);
    if (!invoice) {
      await tx.getRepository(Renewal).update({ id: renewalId }, { state: RenewalState.NOTHING_DUE });
      return { paymentId: null, pastDue: false };
    }
    const lastPaid = await tx.getRepository(Payment).findOne({ where: { accountId, state: PaymentState.SUCCEEDED }, order: { startedAt: 'DESC' } });
    if (!lastPaid?.paymentMethod) {
      await tx.getRepository(Renewal).update({ id: renewalId }, { state: RenewalState.PAST_DUE, invoiceId: invoice.id });
      return { paymentId: null, pastDue: true };
    }
    const paymentId = newId();
    await tx.getRepository(Renewal).update({ id: renewalId }, { invoiceId: invoice.id });
    await tx.getRepository(Payment).insert({
      id: paymentId,
      accountId,
      quoteId: null,
      invoiceId: invoice.id,
      state: PaymentState.REQUIRES_CONFIRMATION,
      startedAt: now.toISOString(),
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
      provider: providerName,
      paymentMethod: lastPaid.paymentMethod,
      attempt: 1,
      returnUrl: null,
      version: 1,
    });
    return { paymentId, pastDue: false };
  });
}

/**
 * Numbers billed for the period starting `periodStart` (of one account, or of all): active ones,
 * and released ones whose last paid period is still running (`endsOn` after the period start).
 */
function billedNumbers(manager: EntityManager, accountId: string | null, periodStart: string): Promise<NumberSubscriptionLine[]> {
  const query = manager
    .getRepository(NumberSubscriptionLine)
    .createQueryBuilder('line')
    .where('line.startedOn < :periodStart', { periodStart })
    .andWhere('(line.state = :active OR (line.state = :ending AND line.endsOn > :periodStart))', {
      active: NumberSubscriptionState.ACTIVE,
      ending: NumberSubscriptionState.ENDING,
    });
  if (accountId) query.andWhere('line.accountId = :accountId', { accountId });
  return query.getMany();
}

/** The account's numbers, one invoice line per monthly fee ("Numbers Orders: 3 numbers at €2.99"), so an invoice stays short. */
function numberInvoiceLines(numbers: NumberSubscriptionLine[]): { description: string; quantity: number; amountMinor: number }[] {
  const byFee = new Map<number, { count: number; currency: string }>();
  for (const number of numbers) byFee.set(number.monthlyFeeMinor, { count: (byFee.get(number.monthlyFeeMinor)?.count ?? 0) + 1, currency: number.currency });
  return [...byFee.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fee, { count, currency }]) => ({
      description: `Numbers Orders: ${count} number${count > 1 ? 's' : ''} at ${Money.of(fee, currency).formatted} a month`,
      quantity: count,
      amountMinor: fee * count,
    }));
}

/** The month at full price: one line per plan with users and per number fee, VAT as the profile says on the 1st. */
async function issueMonthInvoice(tx: EntityManager, accountId: string, periodStart: string): Promise<Invoice | null> {
  const subscriptions = await tx.getRepository(Subscription).find({ where: { accountId, quantity: MoreThan(0) } });
  const numbers = numberInvoiceLines(await billedNumbers(tx, accountId, periodStart));
  if (!subscriptions.length && !numbers.length) return null;
  const [account, profile, plans] = await Promise.all([
    tx.getRepository(Account).findOneByOrFail({ id: accountId }),
    tx.getRepository(BillingProfile).findOneBy({ accountId }),
    tx.getRepository(Plan).findBy({ id: In(subscriptions.map((s) => s.planId)) }),
  ]);
  const planOf = new Map(plans.map((plan) => [plan.id, plan]));
  const lines = subscriptions
    .map((s) => ({ plan: planOf.get(s.planId)!, quantity: s.quantity }))
    .sort((a, b) => a.plan.family.localeCompare(b.plan.family) || a.plan.pricePerUserMinor - b.plan.pricePerUserMinor);
  // Without a profile, the account's country and name stand in (a business without a VAT number).
  const vat = assessVat(
    {
      countryCode: profile?.countryCode ?? account.countryCode,
      kind: profile?.customerKind ?? CustomerKind.BUSINESS,
      vatNumber: profile?.vatNumber ?? null,
      vatNumberVerified: profile?.vatNumberStatus === VatNumberStatus.VERIFIED,
    },
    periodStart,
  );
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.plan.pricePerUserMinor, 0) + numbers.reduce((sum, line) => sum + line.amountMinor, 0);
  const vatMinor = vatOn(subtotal, vat.rateBasisPoints);
  const invoice: Invoice = Object.assign(new Invoice(), {
    id: newId(),
    accountId,
    number: await nextInvoiceNumber(tx, Number(periodStart.slice(0, 4))),
    kind: InvoiceKind.INVOICE,
    status: InvoiceStatus.OPEN,
    paymentId: null,
    quoteId: null,
    creditedInvoiceId: null,
    creditReason: null,
    createdBy: null,
    issuedOn: periodStart,
    dueOn: periodStart,
    seller: {
      legalName: SELLER.legalName,
      legalForm: SELLER.legalForm,
      shareCapital: SELLER.shareCapital,
      siren: SELLER.siren,
      vatNumber: SELLER.vatNumber,
      address: SELLER.address,
    },
    buyerLegalName: profile?.legalName ?? account.name,
    buyerAddress: profile
      ? [profile.addressLine1, profile.addressLine2, `${profile.postalCode} ${profile.city}`, profile.countryCode].filter(Boolean).join(', ')
      : account.countryCode,
    buyerVatNumber: profile?.vatNumber ?? null,
    currency: account.currency,
    subtotalMinor: subtotal,
    vatRateBasisPoints: vat.rateBasisPoints,
    vatMinor,
    totalMinor: subtotal + vatMinor,
    vatMention: vat.mention,
  });
  await tx.getRepository(Invoice).insert(invoice);
  const invoiceLines = [
    ...lines.map((line) => ({ description: line.plan.name, quantity: line.quantity, amountMinor: line.quantity * line.plan.pricePerUserMinor })),
    ...numbers,
  ];
  await tx.getRepository(InvoiceLine).insert(
    invoiceLines.map((line, position) => ({
      id: newId(),
      invoiceId: invoice.id,
      position,
      description: `${line.description}, month from ${periodStart}`,
      quantity: line.quantity,
      amountMinor: line.amountMinor,
      currency: account.currency,
    })),
  );
  return invoice;
}
