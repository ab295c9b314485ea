import {
  argsLoader,
  type LinkSigner,
  canAccessAccount,
  createPeerClient,
  groupLoader,
  loadPages,
  rowLoader,
  type BaseContext,
  type Page,
  type PageArgs,
  type PeerSettings,
} from '../../../packages/kit/src';
import { In, type DataSource } from 'typeorm';
import { Account } from './account/account.entity';
import { BillingProfile } from './billing-profile/billing-profile.entity';
import { BillingProfileService } from './billing-profile/billing-profile.service';
import type { BillingSettings } from './billing-settings';
import { createTelephonyFacts, type TelephonyFacts } from './external/telephony-facts';
import { PlanChange, PlanChangeLine } from './plan-change/plan-change.entity';
import { PlanChangeService } from './plan-change/plan-change.service';
import { Plan } from './plan/plan.entity';
import { CreditNoteService } from './invoice/credit-note.service';
import { Invoice, InvoiceLine } from './invoice/invoice.entity';
import { Payment, PaymentAttempt } from './payment/payment.entity';
import { PaymentService } from './payment/payment.service';
import { Quote, QuoteLine } from './quote/quote.entity';
import { Renewal, RenewalState } from './renewal/renewal.entity';
import { Subscription } from './subscription/subscription.entity';
import { createNumberingFacts } from './number-order/numbering-facts';
import { NumberOrderQuoteService } from './number-order/number-order-quote.service';
import { NumberSubscriptionLine, Refund } from './number-order/number-subscription.entity';

/** Per-request loaders: every read that reaches another row goes through one of them. */
export function createBillingLoaders(db: DataSource, base: BaseContext) {
  const visible = <T extends { accountId: string }>(rows: T[]) => rows.filter((row) => canAccessAccount(base.caller, row.accountId));
  return {
    /** Accounts the caller may see; a foreign id loads as null, like a missing one. */
    account: rowLoader(
      (ids) => {
        const allowed = ids.filter((id) => canAccessAccount(base.caller, id));
        return allowed.length ? db.getRepository(Account).findBy({ id: In(allowed) }) : Promise.resolve([]);
      },
      (account) => account.id,
    ),
    plan: rowLoader(
      (ids) => db.getRepository(Plan).findBy({ id: In([...ids]) }),
      (plan) => plan.id,
    ),
    /** The catalogue, read once per request (a few rows). */
    catalogue: rowLoader(
      async () => [await db.getRepository(Plan).find()],
      () => 'all',
    ),
    subscriptionsByAccount: groupLoader(
      (accountIds) => db.getRepository(Subscription).find({ where: { accountId: In([...accountIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (subscription) => subscription.accountId,
    ),
    billingProfile: rowLoader(
      async (accountIds) => visible(await db.getRepository(BillingProfile).findBy({ accountId: In([...accountIds]) })),
      (profile) => profile.accountId,
    ),
    planChange: rowLoader(
      async (ids) => visible(await db.getRepository(PlanChange).findBy({ id: In([...ids]) })),
      (change) => change.id,
    ),
    planChangeLines: groupLoader(
      (ids) => db.getRepository(PlanChangeLine).find({ where: { planChangeId: In([...ids]) }, order: { position: 'ASC' } }),
      (line) => line.planChangeId,
    ),
    openPlanChangesByAccount: groupLoader(
      (accountIds) =>
        db.getRepository(PlanChange).find({ where: { accountId: In([...accountIds]), state: In(['OPEN', 'CHECKED_OUT']) }, order: { startedAt: 'ASC' } }),
      (change) => change.accountId,
    ),
    planChangePage: argsLoader<{ accountId: string; page: PageArgs }, Page<PlanChange>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(PlanChange),
          parent: 'accountId',
          sort: 'startedAt',
          parentIds: keys.map((k) => k.accountId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
    payment: rowLoader(
      async (ids) => visible(await db.getRepository(Payment).findBy({ id: In([...ids]) })),
      (payment) => payment.id,
    ),
    paymentByQuote: rowLoader(
      (quoteIds) => db.getRepository(Payment).findBy({ quoteId: In([...quoteIds]) }),
      (payment) => payment.quoteId ?? '',
    ),
    /** A renewal's off-session payment, by the invoice it settles (its invoice was loaded for the caller first). */
    paymentByInvoice: rowLoader(
      (invoiceIds) => db.getRepository(Payment).findBy({ invoiceId: In([...invoiceIds]) }),
      (payment) => payment.invoiceId ?? '',
    ),
    paymentAttempts: groupLoader(
      (ids) => db.getRepository(PaymentAttempt).find({ where: { paymentId: In([...ids]) }, order: { position: 'ASC' } }),
      (attempt) => attempt.paymentId,
    ),
    /** Invoices and credit notes by id, if the caller may see them. */
    invoice: rowLoader(
      async (ids) => visible(await db.getRepository(Invoice).findBy({ id: In([...ids]) })),
      (invoice) => invoice.id,
    ),
    invoiceByPayment: rowLoader(
      (paymentIds) => db.getRepository(Invoice).findBy({ paymentId: In([...paymentIds]) }),
      (invoice) => invoice.paymentId!,
    ),
    invoiceLines: groupLoader(
      (ids) => db.getRepository(InvoiceLine).find({ where: { invoiceId: In([...ids]) }, order: { position: 'ASC' } }),
      (line) => line.invoiceId,
    ),
    invoicePage: argsLoader<{ accountId: string; page: PageArgs }, Page<Invoice>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(Invoice),
          parent: 'accountId',
          sort: 'number',
          parentIds: keys.map((k) => k.accountId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
    pastDueByAccount: groupLoader(
      (accountIds) =>
        db.getRepository(Renewal).find({ where: { accountId: In([...accountIds]), state: RenewalState.PAST_DUE }, select: { id: true, accountId: true } }),
      (renewal) => renewal.accountId,
    ),
    quote: rowLoader(
      async (ids) => visible(await db.getRepository(Quote).findBy({ id: In([...ids]) })),
      (quote) => quote.id,
    ),
    quoteLines: groupLoader(
      (ids) => db.getRepository(QuoteLine).find({ where: { quoteId: In([...ids]) }, order: { position: 'ASC' } }),
      (line) => line.quoteId,
    ),
    /** The Numbers Orders subscription of accounts, by line id (pages). */
    numberSubscriptionPage: argsLoader<{ accountId: string; page: PageArgs }, Page<NumberSubscriptionLine>>(
      (key) => JSON.stringify(key.page),
      async (keys) => {
        const pages = await loadPages({
          repository: db.getRepository(NumberSubscriptionLine),
          parent: 'accountId',
          sort: 'id',
          parentIds: keys.map((k) => k.accountId),
          page: keys[0]!.page,
        });
        return new Map(keys.map((key) => [key, pages.get(key.accountId)!]));
      },
    ),
    /** The quote checked out for each number order (one at most: unique index), if the caller may see it. */
    checkedOutQuoteByNumberOrder: rowLoader(
      async (orderIds) => visible(await db.getRepository(Quote).findBy({ checkedOutNumberOrderId: In([...orderIds]) })),
      (quote) => quote.checkedOutNumberOrderId ?? '',
    ),
    /** The refund of each order line (one at most: unique index), if the caller may see it. */
    refundByOrderLine: rowLoader(
      async (lineIds) => visible(await db.getRepository(Refund).findBy({ numberOrderLineId: In([...lineIds]) })),
      (refund) => refund.numberOrderLineId,
    ),
    refundsByPayment: groupLoader(
      (ids) => db.getRepository(Refund).find({ where: { paymentId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (refund) => refund.paymentId,
    ),
    quotesByPlanChange: groupLoader(
      (ids) => db.getRepository(Quote).find({ where: { planChangeId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } }),
      (quote) => quote.planChangeId ?? '',
    ),
  };
}

export type BillingLoaders = ReturnType<typeof createBillingLoaders>;

export interface BillingContext extends BaseContext {
  db: DataSource;
  loaders: BillingLoaders;
  settings: BillingSettings;
  telephony: TelephonyFacts;
  profiles: BillingProfileService;
  planChanges: PlanChangeService;
  numberOrderQuotes: NumberOrderQuoteService;
  payments: PaymentService;
  creditNotes: CreditNoteService;
  /** Signs the links of billing's public routes (invoice PDFs, the 3-D Secure page). */
  links: LinkSigner;
}

export function createBillingContext(db: DataSource, base: BaseContext, peers: PeerSettings, settings: BillingSettings, links: LinkSigner): BillingContext {
  const loaders = createBillingLoaders(db, base);
  const peerClient = createPeerClient(peers, base);
  const telephony = createTelephonyFacts(peerClient);
  const numbering = createNumberingFacts(peerClient);
  const payments = new PaymentService(db, settings.paymentProvider, settings.clock);
  const services = { db, caller: base.caller, loaders, settings, telephony, numbering, payments };
  return {
    ...base,
    ...services,
    profiles: new BillingProfileService(services),
    planChanges: new PlanChangeService(services),
    numberOrderQuotes: new NumberOrderQuoteService(services),
    creditNotes: new CreditNoteService(db, settings.clock),
    links,
  };
}
