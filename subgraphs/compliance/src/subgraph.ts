import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { buildFederatedSchema, EVENT_ENTITIES, eventStaffResolvers, IdempotencyRecord, log, type SubgraphDefinition } from '../../../packages/kit/src';
import { COMPLIANCE_EVENTS } from '../../../packages/events/src';
import { defaultComplianceOptions, type ComplianceOptions } from './compliance-options';
import { createComplianceContext, type ComplianceContext } from './context';
import { documentRoutes } from './document/document-link';
import { Account, accountReference } from './external/account.stub';
import { PhoneNumber } from './external/phone-number.stub';
import { IdentityDocument } from './identity/identity-document.entity';
import { expireIdentities } from './identity/identity-expiry';
import { IdentityMutationResolver } from './identity/identity-mutation.resolver';
import { Identity } from './identity/identity.entity';
import {
  AccountIdentitiesResolver,
  IdentityDocumentResolver,
  identityReference,
  IdentityResolver,
  phoneNumberReference,
  PhoneNumberIdentityResolver,
} from './identity/identity.resolver';
import { NumberIdentityLink } from './identity/number-identity-link.entity';
import { complianceMigrations } from './migrations';
import {
  InventoryNumberRequirementsResolver,
  inventoryNumberReference,
  PhoneNumberRequirementsResolver,
  RequirementsResolver,
} from './requirements/requirements.resolver';
import { InventoryNumber } from './external/inventory-number.stub';
import { ReviewDecision } from './review/review-decision.entity';
import { ReviewResolver } from './review/review.resolver';
import { seedAccount } from './seed/demo';
import { UserError } from './user-errors';

/** Compliance: identities, their documents and review, requirements, and which numbers they cover. */
export function createCompliance(options: ComplianceOptions): SubgraphDefinition<ComplianceContext> {
  let expiryTimer: NodeJS.Timeout | undefined;
  return {
    name: 'compliance',
    defaultPort: 4004,
    entities: [Identity, IdentityDocument, NumberIdentityLink, ReviewDecision, IdempotencyRecord, ...EVENT_ENTITIES],
    migrations: complianceMigrations,
    // Numbering receives identity events at its /events (HTTP transport); `NUMBERING_URL` overrides.
    peers: { numbering: 'http://127.0.0.1:4003/graphql' },
    events: { publishes: COMPLIANCE_EVENTS },
    buildSchema: () =>
      buildFederatedSchema(
        {
          resolvers: [
            IdentityResolver,
            IdentityDocumentResolver,
            IdentityMutationResolver,
            ReviewResolver,
            RequirementsResolver,
            AccountIdentitiesResolver,
            PhoneNumberIdentityResolver,
            PhoneNumberRequirementsResolver,
            InventoryNumberRequirementsResolver,
            ...eventStaffResolvers('compliance', UserError),
          ],
          orphanedTypes: [Account, PhoneNumber, InventoryNumber],
        },
        { Identity: identityReference, Account: accountReference, PhoneNumber: phoneNumberReference, InventoryNumber: inventoryNumberReference },
      ),
    createContext: (db, base, _peers, services) => createComplianceContext(db, base, options, services.links),
    seedAccount,
    prepare: async (db) => {
      if (!options.expiryCheckMs) return;
      const check = () => {
        expireIdentities(db).catch((error) => log({ level: 'error', msg: 'identity expiry check failed', error: String(error) }));
      };
      check();
      expiryTimer = setInterval(check, options.expiryCheckMs).unref();
    },
    http: {
      // Multipart requests (the gateway forwards uploads as such) are parsed here, files spooled
      // to temporary files; Apollo's CSRF check still demands the preflight header on them.
      graphqlHandlers: () => [graphqlUploadExpress({ maxFileSize: options.uploads.maxFileBytes, maxFiles: options.uploads.maxFiles })],
    },
    // Document links, reached through the gateway's /files/compliance/ route (document-link.ts).
    publicRoutes: (router, deps) => documentRoutes(router, deps, options.storage),
    close: async () => {
      clearInterval(expiryTimer);
      await options.storage.close?.();
    },
  };
}

/** The embedded default (local folder storage), as the registry and scripts use it. */
export const compliance = createCompliance(defaultComplianceOptions());
