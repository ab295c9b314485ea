import type { ApolloServerPlugin } from '@apollo/server';
import { maskError } from './errors';
import { log } from './log';

/**
 * Rewrites every error of a response into code + safe message + request id, and logs the
 * original with the same request id. Used by the gateway and by every subgraph alike.
 */
export function maskErrorsPlugin<C extends { requestId?: string }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let originals: readonly unknown[] = [];
      return {
        async didEncounterErrors({ errors }) {
          originals = errors;
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = contextValue?.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((formatted, index) => {
            const original = originals[index] as { originalError?: unknown } | undefined;
            return maskError(formatted, original?.originalError ?? original, { requestId, log });
          });
        },
      };
    },
  };
}
