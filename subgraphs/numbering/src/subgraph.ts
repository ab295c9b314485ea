import type { DataSource } from 'typeorm';
import {
  buildFederatedSchema,
  createPeerClient,
  EVENT_ENTITIES,
  eventStaffResolvers,
  IdempotencyRecord,
  type SubgraphDefinition,
} from '../../../packages/kit/src';
import { DEFAULT_SANDBOX_DELAY_MS, SandboxCarrier, type Carrier } from './carrier/carrier';
import { accountReference } from './external/account.stub';
import { createNumberingPeers, NUMBERING_PEERS } from './external/compliance.peer';
import { createNumberingLoaders, createNumberingServices, type NumberingContext } from './context';
import { InventoryNumber } from './inventory/inventory-number.entity';
import { inventoryNumberReference, InventoryResolver } from './inventory/inventory.resolver';
import { seedInventory } from './inventory/inventory.seed';
import { numberingMigrations } from './migrations';
import { NumberOrder, NumberOrderHistoryEntry, NumberOrderLine } from './number-order/number-order.entity';
import { AccountNumberOrdersResolver, numberOrderReference, NumberOrderLineResolver, NumberOrderResolver } from './number-order/number-order.resolver';
import { NumberOrderWorkflow } from './number-order/number-order-workflow';
import { identityOrderHandlers } from './number-order/identity-order.handlers';
import { paymentOrderHandlers } from './number-order/payment-order.handlers';
import { IdentityStateRow } from './identity-state/identity-state.entity';
import { NUMBERING_EVENTS } from '../../../packages/events/src';
import { PhoneNumber } from './phone-number/phone-number.entity';
import { PhoneNumberMutationResolver } from './phone-number/phone-number-mutation.resolver';
import {
  AccountPhoneNumbersResolver,
  ExtensionInboundNumbersResolver,
  extensionReference,
  phoneNumberReference,
  PhoneNumberResolver,
} from './phone-number/phone-number.resolver';
import { NumberReservation, ReservationLine } from './reservation/reservation.entity';
import { reservationReference, ReservationResolver } from './reservation/reservation.resolver';
import { seedAccount } from './seed/demo';
import { UserError } from './user-errors';
import { ExtensionStateRow } from './extension-state/extension-state.entity';
import { EXTENSION_STATE_HANDLERS } from './extension-state/extension-state.handlers';
import { InboundRouteExtensionStateResolver } from './extension-state/extension-state.resolver';

export interface NumberingOptions {
  carrier?: Carrier;
  /** How often the sweep expires reservations, ends quarantines and retries provisioning. */
  sweepIntervalMs?: number;
}

export const DEFAULT_SWEEP_INTERVAL_MS = 15_000;

/** Numbering: the numbers on sale, reservations, orders, and the numbers an account holds. */
export function createNumbering(options: NumberingOptions = {}): SubgraphDefinition<NumberingContext> {
  const carrier = options.carrier ?? new SandboxCarrier(DEFAULT_SANDBOX_DELAY_MS);
  // One workflow per open database (a process may open several in tests), holding in-flight carrier calls.
  const workflows = new WeakMap<DataSource, NumberOrderWorkflow>();
  const workflowOf = (db: DataSource) => {
    if (!workflows.has(db)) workflows.set(db, new NumberOrderWorkflow(db, carrier));
    return workflows.get(db)!;
  };
  return {
    name: 'numbering',
    defaultPort: 4003,
    // PhoneNumber first: the demo seed checks it for rows.
    entities: [
      PhoneNumber,
      InventoryNumber,
      NumberReservation,
      ReservationLine,
      NumberOrder,
      NumberOrderLine,
      NumberOrderHistoryEntry,
      IdempotencyRecord,
      ExtensionStateRow,
      IdentityStateRow,
      ...EVENT_ENTITIES,
    ],
    migrations: numberingMigrations,
    // Compliance decides whether an order's identity covers its numbers (read-only, as the caller).
    peers: NUMBERING_PEERS,
    serviceAccess: {
      // Telephony's event relay delivers extension events (the extension-state flow) to /events.
      telephony: { endpoints: ['/events'] },
      // Compliance's event relay delivers identity events (orders waiting on an identity move on).
      compliance: { endpoints: ['/events'] },
      // Billing's event relay delivers number orders' payment events (checked out, paid).
      billing: { endpoints: ['/events'] },
    },
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            PhoneNumberResolver,
            AccountPhoneNumbersResolver,
            ExtensionInboundNumbersResolver,
            PhoneNumberMutationResolver,
            InventoryResolver,
            ReservationResolver,
            NumberOrderResolver,
            NumberOrderLineResolver,
            AccountNumberOrdersResolver,
            InboundRouteExtensionStateResolver,
            ...eventStaffResolvers('numbering', UserError),
          ],
        },
        {
          PhoneNumber: phoneNumberReference,
          Account: accountReference,
          Extension: extensionReference,
          InventoryNumber: inventoryNumberReference,
          NumberReservation: reservationReference,
          NumberOrder: numberOrderReference,
        },
      ),
    // Telephony's extension events keep extension_states (routes are checked against it);
    // compliance's identity events keep identity_states and move the orders waiting on an
    // identity; billing's payment events move orders through payment. Numbering tells billing
    // which paid lines to refund and which numbers were released.
    events: {
      publishes: NUMBERING_EVENTS,
      handlers: [
        ...EXTENSION_STATE_HANDLERS,
        ...identityOrderHandlers((tx) => workflowOf(tx.connection)),
        ...paymentOrderHandlers((tx) => workflowOf(tx.connection)),
      ],
    },
    createContext: (db, base, peers) => ({
      ...base,
      db,
      loaders: createNumberingLoaders(db, base),
      services: createNumberingServices(db, base, workflowOf(db), createNumberingPeers(createPeerClient(peers, base))),
    }),
    prepare: async (db) => {
      await seedInventory(db);
    },
    startBackground: (db) => workflowOf(db).startSweeping(options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS),
    seedAccount,
  };
}

export const numbering = createNumbering();

/** The workflow of a definition made by `createNumbering`, for event handlers and tests on an open database. */
export { NumberOrderWorkflow };
