import { buildFederatedSchema, EVENT_ENTITIES, eventStaffResolvers, IdempotencyRecord, log, type SubgraphDefinition } from '../../../packages/kit/src';
import { Account } from './account/account.entity';
import { accountReference, AccountResolver } from './account/account.resolver';
import { BillingProfile } from './billing-profile/billing-profile.entity';
import { BillingProfileResolver } from './billing-profile/billing-profile.resolver';
import { defaultBillingSettings, type BillingSettings } from './billing-settings';
import { createBillingContext, type BillingContext } from './context';
import { BILLING_PEERS } from './external/billing-peers';
import { billingMigrations } from './migrations';
import { PlanChange, PlanChangeLine } from './plan-change/plan-change.entity';
import { AccountBillingResolver, PlanChangeResolver } from './plan-change/plan-change.resolver';
import { Invoice, InvoiceLine, InvoiceSequence } from './invoice/invoice.entity';
import { StaffBillingResolver } from './invoice/staff-billing.resolver';
import { Renewal } from './renewal/renewal.entity';
import { startRenewalJob } from './renewal/renewal-job';
import { AccountInvoicesResolver, InvoiceLineResolver, InvoiceResolver, PaymentInvoiceResolver } from './invoice/invoice.resolver';
import { Payment, PaymentAttempt, ScheduledSeatChange } from './payment/payment.entity';
import { PaymentResolver, QuotePaymentResolver } from './payment/payment.resolver';
import { PaymentService } from './payment/payment.service';
import { Plan } from './plan/plan.entity';
import { billingPublicRoutes } from './public-routes';
import { planReference, PlanResolver } from './plan/plan.resolver';
import { Quote, QuoteLine } from './quote/quote.entity';
import { QuoteResolver } from './quote/quote.resolver';
import { seedAccount, seedCatalogue } from './seed/demo';
import { Subscription } from './subscription/subscription.entity';
import { ExtensionPlanDecision } from './subscription/extension-plan.entity';
import { BILLING_EVENTS } from '../../../packages/events/src';
import { SubscriptionResolver } from './subscription/subscription.resolver';
import { UserError } from './user-errors';
import { NumberOrderLine } from './external/number-order.stub';
import { NumberSubscriptionLine, Refund } from './number-order/number-subscription.entity';
import { numberingEventHandlers } from './number-order/numbering-event.handlers';
import {
  AccountNumberSubscriptionResolver,
  NumberOrderPaymentResolver,
  numberOrderReference,
  NumberOrderLineRefundResolver,
  numberOrderLineReference,
  NumberOrderQuoteResolver,
  NumberSubscriptionLineResolver,
  PaymentRefundsResolver,
  RefundResolver,
} from './number-order/number-order-billing.resolver';

/**
 * Billing: accounts, the plan catalogue, subscriptions (seats), billing profiles, plan changes and
 * quotes. `createBilling` takes the settings tests choose (the clock, the VAT registry).
 */
export function createBilling(settings: BillingSettings = defaultBillingSettings()): SubgraphDefinition<BillingContext> {
  return {
    name: 'billing',
    defaultPort: 4001,
    entities: [
      Account,
      Plan,
      Subscription,
      BillingProfile,
      PlanChange,
      PlanChangeLine,
      Quote,
      QuoteLine,
      Payment,
      PaymentAttempt,
      ScheduledSeatChange,
      Invoice,
      InvoiceLine,
      InvoiceSequence,
      Renewal,
      ExtensionPlanDecision,
      NumberSubscriptionLine,
      Refund,
      IdempotencyRecord,
      ...EVENT_ENTITIES,
    ],
    migrations: billingMigrations,
    peers: BILLING_PEERS,
    serviceAccess: {
      // The plan catalogue holds no customer data; telephony's scheduled jobs may read it without a caller.
      telephony: { readFields: ['Query.plans', 'Plan.id', 'Plan.code', 'Plan.name', 'Plan.family'] },
      // Numbering's event relay delivers failed number lines (refunds) and released numbers.
      numbering: { endpoints: ['/events'] },
    },
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            AccountResolver,
            PlanResolver,
            SubscriptionResolver,
            AccountBillingResolver,
            BillingProfileResolver,
            PlanChangeResolver,
            QuoteResolver,
            PaymentResolver,
            QuotePaymentResolver,
            InvoiceResolver,
            InvoiceLineResolver,
            PaymentInvoiceResolver,
            AccountInvoicesResolver,
            StaffBillingResolver,
            NumberOrderQuoteResolver,
            NumberSubscriptionLineResolver,
            RefundResolver,
            PaymentRefundsResolver,
            AccountNumberSubscriptionResolver,
            NumberOrderPaymentResolver,
            NumberOrderLineRefundResolver,
            ...eventStaffResolvers('billing', UserError),
          ],
          // Numbering's order lines: billing adds their refund, though no billing field returns one.
          orphanedTypes: [NumberOrderLine],
        },
        { Account: accountReference, Plan: planReference, NumberOrder: numberOrderReference, NumberOrderLine: numberOrderLineReference },
      ),
    // Seat counts, extension moves and removals, for telephony (subscription/seats.ts); number
    // orders checked out and paid, for numbering (number-order/number-order-checkout.ts).
    // Numbering's failed lines are refunded and released numbers stop billing.
    events: { publishes: BILLING_EVENTS, handlers: numberingEventHandlers(settings.paymentProvider, settings.clock) },
    createContext: (db, base, peers, services) => createBillingContext(db, base, peers, settings, services.links),
    publicRoutes: billingPublicRoutes(settings),
    prepare: async (db) => {
      await seedCatalogue(db);
      // Payments whose answer was lost before a stop: settled once, before serving. A provider
      // that is down only logs (PAYMENT_PROVIDER_UNAVAILABLE is caught per payment); the next start, or
      // the customer's confirmPayment, tries again with the same idempotency key.
      await new PaymentService(db, settings.paymentProvider, settings.clock)
        .recoverPending()
        .catch((error) => log({ level: 'error', msg: 'payment recovery failed', error: String(error) }));
    },
    // The monthly renewal on every replica (each account claimed once per period).
    startBackground: (db) =>
      settings.renewalCheckIntervalMs > 0
        ? startRenewalJob(
            {
              db,
              payments: new PaymentService(db, settings.paymentProvider, settings.clock),
              providerName: settings.paymentProvider.name,
              clock: settings.clock,
            },
            settings.renewalCheckIntervalMs,
          )
        : { stop: () => undefined },
    seedAccount,
  };
}

export const billing = createBilling();
