import type { RequestHandler } from 'express';
import { getNamedType, Kind, parse, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, unauthenticated } from './errors';
import type { ServiceCredentials } from './keys';

/**
 * What one peer may do here with a service credential (no caller: the event relay, a scheduled
 * job). Anything not listed is refused: a service credential is never a way into customer data
 * or into a mutation.
 */
export interface ServiceAccess {
  /** Internal HTTP endpoints the peer may call, by path (`/events`). */
  endpoints?: readonly string[];
  /**
   * Fields the peer may read on `/graphql`, as `Type.field` (`Query.plans`, `Plan.family`). Only
   * query operations; `__typename` is always allowed. The resolvers run with no caller
   * (`ctx.caller` null, `ctx.service` the peer), so the tenancy rule still hides every account's
   * rows: list catalogue facts, or fields written to serve that peer.
   */
  readFields?: readonly string[];
}

/** Per calling peer (subgraph name), what it may do with its service credential. */
export type ServiceAccessList = Readonly<Record<string, ServiceAccess>>;

export const bearerOf = (authorization: string | undefined): string | null => /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '')?.[1] ?? null;

/** Fields of the operation the allow-list does not name (a mutation or subscription: every field). */
export function disallowedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  allowed: readonly string[],
): string[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => (operationName ? o.name?.value === operationName : true));
  if (!operation) return ['(no operation)'];
  const allowedSet = new Set(allowed);
  const refused = new Set<string>();
  if (operation.operation !== 'query') refused.add(`${operation.operation} operation`);
  const typeInfo = new TypeInfo(schema);
  // Fragments are visited where they are defined; the parent type comes from their type condition.
  const reachable = { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) };
  visit(
    reachable,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const name = `${parent ? getNamedType(parent).name : '?'}.${node.name.value}`;
        if (!allowedSet.has(name)) refused.add(name);
      },
    }),
  );
  return [...refused];
}

/**
 * Refuses, after the body is read and before GraphQL runs, a service-credential request selecting
 * a field its peer's entry does not list (403 FORBIDDEN, naming the fields). Requests carrying a
 * caller pass. In the HTTP chain rather than an Apollo plugin, so that no server built without the
 * plugin can skip it.
 */
export function serviceReadGuard(schema: GraphQLSchema, access: ServiceAccessList): RequestHandler {
  return (req, res, next) => {
    const service = res.locals.service as string | null | undefined;
    if (!service) return next();
    const body = (req.body ?? {}) as { query?: unknown; operationName?: unknown };
    let document: DocumentNode;
    try {
      if (req.method !== 'POST' || typeof body.query !== 'string') throw new Error('no document');
      document = parse(body.query);
    } catch {
      res.status(400).json({ errors: [{ message: 'A service request must POST one GraphQL document.', extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
      return;
    }
    const refused = disallowedFields(schema, document, typeof body.operationName === 'string' ? body.operationName : null, access[service]?.readFields ?? []);
    if (refused.length) {
      res
        .status(403)
        .json({ errors: [{ message: `A service credential of ${service} may not read ${refused.join(', ')}.`, extensions: { code: ErrorCode.FORBIDDEN } }] });
      return;
    }
    next();
  };
}

/**
 * Guards an internal endpoint (`app.post('/events', serviceEndpoint(...), handler)`): only a valid
 * service credential of a peer whose entry lists `path` gets through (`res.locals.service` names
 * it); 401 without a valid credential, 403 for a peer not listed.
 */
export function serviceEndpoint(credentials: ServiceCredentials, access: ServiceAccessList, path: string): RequestHandler {
  return async (req, res, next) => {
    const bearer = bearerOf(req.headers.authorization);
    const peer = bearer ? await credentials.verify(bearer) : null;
    if (!peer) {
      const error = unauthenticated('This endpoint answers peer services only.');
      res.status(401).json({ errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
      return;
    }
    if (!access[peer]?.endpoints?.includes(path)) {
      res.status(403).json({ errors: [{ message: `The ${peer} service may not call ${path} here.`, extensions: { code: ErrorCode.FORBIDDEN } }] });
      return;
    }
    res.locals.service = peer;
    next();
  };
}
