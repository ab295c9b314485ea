import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequestFacts } from './access-log';
import type { Caller } from './caller';
import { recordRequest } from './metrics';
import { nameActiveSpan } from './tracing';

/**
 * Tells the access log, the metrics and the trace what GraphQL operation a request ran: its name,
 * the caller's subject, its duration and the codes of the errors it answered with. Used by the
 * gateway and by every subgraph alike.
 */
export function observabilityPlugin<C extends { requestId?: string; caller?: Caller | null }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const facts = currentRequestFacts();
      if (facts && contextValue?.caller) {
        facts.subject = contextValue.caller.subject;
        facts.role = contextValue.caller.role;
      }
      let operationName: string | null | undefined;
      return {
        async didResolveOperation({ operationName: name, operation }) {
          operationName = name;
          if (facts) facts.operation = name ?? undefined;
          nameActiveSpan(operation?.operation, name ?? undefined);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          recordRequest(
            operationName,
            (performance.now() - started) / 1000,
            errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          );
        },
      };
    },
  };
}
