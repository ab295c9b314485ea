import { buildFederatedSchema, EVENT_ENTITIES, eventStaffResolvers, IdempotencyRecord, type SubgraphDefinition } from '../../../packages/kit/src';
import { accountReference } from './external/account.stub';
import { createTelephonyContext, type TelephonyContext } from './context';
import { AccountDialPlan } from './dial-plan/dial-plan.entity';
import { ExtensionMutationResolver } from './extension/extension-mutation.resolver';
import { Extension } from './extension/extension.entity';
import { AccountExtensionsResolver, extensionReference, ExtensionResolver } from './extension/extension.resolver';
import { TELEPHONY_PEERS } from './external/peers';
import { telephonyMigrations } from './migrations';
import { seedAccount } from './seed/demo';
import { UserError } from './user-errors';
import { PlanSeat } from './seats/plan-seat.entity';
import { SEAT_HANDLERS } from './seats/seats.handlers';
import { TELEPHONY_EVENTS } from '../../../packages/events/src';

/** Telephony: the extensions (users) of the phone system. */
export const telephony: SubgraphDefinition<TelephonyContext> = {
  name: 'telephony',
  defaultPort: 4002,
  // Extension first: the demo seed checks it for existing rows.
  entities: [Extension, AccountDialPlan, PlanSeat, IdempotencyRecord, ...EVENT_ENTITIES],
  migrations: telephonyMigrations,
  peers: TELEPHONY_PEERS,
  serviceAccess: {
    // Billing's event relay delivers seat counts, extension moves and removals to /events.
    billing: { endpoints: ['/events'] },
  },
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [ExtensionResolver, AccountExtensionsResolver, ExtensionMutationResolver, ...eventStaffResolvers('telephony', UserError)] },
      { Extension: extensionReference, Account: accountReference },
    ),
  events: { publishes: TELEPHONY_EVENTS, handlers: SEAT_HANDLERS },
  createContext: createTelephonyContext,
  seedAccount,
};
