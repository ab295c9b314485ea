import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  parse,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import {
  callerFor,
  fixtureIds,
  hasPermission,
  MAX_COST,
  operationCost,
  ROLE_TABLE,
  writePermission,
  type Caller,
  type Permission,
  type TokenIdentity,
} from '../../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';
import { makeFixture, Stack, type GraphQLResult } from '../support/stack';
import { postMultipart, type FilePart } from '../support/identities';
import { samplePdf, sampleJpeg } from '../../bench/sample-documents';
import { PhoneNumber, PhoneNumberState, PhoneNumberType, RouteAction } from '../../subgraphs/numbering/src/phone-number/phone-number.entity';
import { FRENCH_BILLING_PROFILE, FRENCH_BUSINESS_INPUT, MUTATION_RECIPES, type MutationRecipe, type RecipeContext } from './mutation-recipes';
import { InboxEvent, InboxState } from '../../packages/kit/src/events/event-tables';

/**
 * The attack matrix, generated from the schema so that a new field cannot be forgotten. Account B
 * (the attacker) and account A (the victim) live side by side; with B's tokens:
 * - reads: every root query field, with A's ids wherever it takes one, at four selection depths;
 * - writes: every mutation, with input that succeeds on B's own objects (`mutation-recipes.ts`:
 *   a real extension number, a real display name, B's ids; checked by running it), then with each
 *   id in it swapped for one of A's, so that only the tenancy rule stands between B and A;
 * - permission refusals: every mutation, and every field whose description names a permission,
 *   by every role of the role table that lacks it, with input that succeeds for a role that has it;
 * - entity references: every entity type by A's keys, straight at each subgraph that resolves it
 *   (as a tricked gateway would).
 * Nothing of A's may appear anywhere in a response (ids, names, E.164 numbers, extension numbers,
 * counts, error messages), an attack with A's id must answer exactly what the same attack with an
 * id that exists nowhere answers, and no row that mentions A may appear, change or vanish, in any
 * table, B's own rows included.
 */
const schemaDir = join(__dirname, '..', '..', 'schema');
const api = buildSchema(readFileSync(join(schemaDir, 'api.graphql'), 'utf8'));

/** Input names that hold an id of some type, beyond `id` (which means the field's own type). */
const ID_ARGUMENT_TYPES: Record<string, string> = {
  accountId: 'Account',
  extensionId: 'Extension',
  phoneNumberId: 'PhoneNumber',
  identityId: 'Identity',
  outboundCallerIdNumberId: 'PhoneNumber',
  planId: 'Plan',
  documentId: 'IdentityDocument',
  subscriptionId: 'Subscription',
  numberIds: 'InventoryNumber',
  reservationId: 'NumberReservation',
  numberOrderId: 'NumberOrder',
  planChangeId: 'PlanChange',
  quoteId: 'Quote',
  paymentId: 'Payment',
  invoiceId: 'Invoice',
  eventId: 'ParkedEvent',
};

/** Types whose ids are not tenant data (the public catalogue). */
const PUBLIC_TYPES = new Set(['Plan', 'InventoryNumber']);

/**
 * A's sizes, chosen so that its counts cannot be B's: B stays under 25 extensions and 30 numbers
 * here, and the identity recipes make B some 45 identities, so A has more than B ever reaches
 * (a response showing B's own count equal to A's would read as a leak).
 */
const A_SIZES = { extensions: 31, numbers: 37, identities: 97 };
/** A's extension numbers are renumbered into a block B never uses. */
const aExtensionNumber = (index: number) => String(7301 + index);

/** Every identity of the role table, for account B's customers and for staff. */
function roleIdentities(bId: string): { label: string; identity: TokenIdentity }[] {
  return [
    ...Object.keys(ROLE_TABLE.customer).map((accountRole) => ({
      label: `customer ${accountRole}`,
      identity: { subject: `b-${accountRole}`, role: 'CUSTOMER', accountId: bId, accountRole } as TokenIdentity,
    })),
    ...Object.keys(ROLE_TABLE.staff).map((staffRole) => ({
      label: `staff ${staffRole}`,
      identity: { subject: `staff-${staffRole}`, role: 'STAFF', staffRole } as TokenIdentity,
    })),
  ];
}

/**
 * Each case snapshots every table before and after: hundreds of cases take a minute or two on a
 * shared machine running other suites (MariaDB slowest). The limit only stops a hung run; nothing here is timed.
 */
jest.setTimeout(300_000);

describe('attack matrix: account B against account A', () => {
  let stack: Stack;
  const a = makeFixture(A_SIZES, 'Victim');
  const b = makeFixture({ extensions: 1, numbers: 2, identities: 1 }, 'Attacker');
  let aId: string;
  let bId: string;
  let attacker: Caller;
  let ownerToken: string;
  /** A's ids by GraphQL type. */
  let pools: Record<string, string[]>;
  /** Things of A's that must never reach B: literal strings, and patterns for short values. */
  let fingerprints: { label: string; pattern: RegExp }[];
  /** Strings that mark a database row as A's (ids, its key, its numbers). */
  let rowMarks: string[];
  /** Every row that mentions A, before any case ran: it must stay exactly this. */
  let aRowsAtStart: string;
  let counter = 0;
  const counts = { reads: 0, writes: 0, writeControls: 0, staffOnlyControls: 0, permissionRefusals: 0, permissionControls: 0, entityReferences: 0 };

  beforeAll(async () => {
    stack = await Stack.start();
    aId = await stack.seed(a);
    bId = await stack.seed(b);
    // B has bought plenty of seats (telephony's copy of billing's counts): the recipes create and
    // move extensions again and again, and only the tenancy rule may stop them, never a full plan.
    await stack.subgraphs.telephony.subgraph.dataSource.query('UPDATE plan_seats SET quantity = 1000 WHERE account_id = ?', [bId]);
    attacker = callerFor({ subject: 'attacker', role: 'CUSTOMER', accountId: bId });
    ownerToken = await stack.token(attacker);
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const billing = stack.subgraphs.billing.subgraph.dataSource;
    const telephony = stack.subgraphs.telephony.subgraph.dataSource;
    const numbering = stack.subgraphs.numbering.subgraph.dataSource;
    const compliance = stack.subgraphs.compliance.subgraph.dataSource;
    for (const i of range(a.extensions))
      await telephony.query('UPDATE extensions SET number = ? WHERE id = ?', [aExtensionNumber(i), fixtureIds.extension(a, i)]);
    const identityIds = range(a.identities).map((i) => fixtureIds.identity(a, i));
    pools = {
      Account: [aId],
      Extension: range(a.extensions).map((i) => fixtureIds.extension(a, i)),
      PhoneNumber: range(a.numbers).map((i) => fixtureIds.phoneNumber(a, i)),
      Identity: identityIds,
      Subscription: (await billing.query('SELECT id FROM subscriptions WHERE account_id = ?', [aId])).map((r: { id: string }) => r.id),
      IdentityDocument: (
        await compliance.query(`SELECT id FROM identity_documents WHERE identity_id IN (${identityIds.map(() => '?').join(', ')})`, identityIds)
      ).map((r: { id: string }) => r.id),
      Plan: (await billing.query('SELECT id FROM plans')).map((r: { id: string }) => r.id),
      ...(await numberOrderPools(stack, aId, fixtureIds.identity(a, 0))),
      ...(await seedPlanChangeAndQuote(stack, aId)),
      // Staff-only (staff:write): a customer is refused whatever the id.
      ParkedEvent: [fixtureIds.extension(a, 99)],
    };
    const e164s = (await numbering.query('SELECT e164 FROM phone_numbers WHERE account_id = ?', [aId])).map((r: { e164: string }) => r.e164);
    expect(e164s).toHaveLength(a.numbers);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const literal = (label: string, value: string) => ({ label: `${label} ${value}`, pattern: new RegExp(escape(value), 'i') });
    const tenantIds = Object.entries(pools)
      .filter(([type]) => !PUBLIC_TYPES.has(type))
      .flatMap(([, ids]) => ids);
    fingerprints = [
      literal('name', a.name),
      literal('key', a.key), // emails (@key.example) and display names (KEY), case-insensitive
      ...tenantIds.map((id) => literal('id', id)),
      ...e164s.map((e164: string) => literal('E.164', e164)),
      // Short values: whole tokens only (never inside a UUID or another number).
      ...range(a.extensions).map((i) => ({
        label: `extension number ${aExtensionNumber(i)}`,
        pattern: new RegExp(`(?<![\\w-])${aExtensionNumber(i)}(?![\\w-])`),
      })),
    ];
    rowMarks = [...tenantIds, a.key, a.key.toUpperCase(), ...e164s];
    aRowsAtStart = await aRows();
  });
  afterAll(() => stack?.close());

  /** Every row of every table, in a stable order: nothing may change when an attack is refused. */
  async function snapshot(): Promise<string> {
    const tables: Record<string, string[]> = {};
    for (const [name, running] of Object.entries(stack.subgraphs)) {
      const db = running.subgraph.dataSource;
      for (const { tableName } of db.entityMetadatas) {
        const rows = (await db.query(`SELECT * FROM ${tableName}`)) as Record<string, unknown>[];
        tables[`${name}.${tableName}`] = rows.map((row) => JSON.stringify(row)).sort();
      }
    }
    return JSON.stringify(tables);
  }

  /** Every row, in any table, that mentions one of A's ids, its key or its numbers: B's rows included. */
  async function aRows(): Promise<string> {
    const tables = JSON.parse(await snapshot()) as Record<string, string[]>;
    return JSON.stringify(
      Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.filter((row) => rowMarks.some((mark) => row.includes(mark)))])),
    );
  }

  async function expectARowsUnchanged(where: string) {
    const now = await aRows();
    if (now !== aRowsAtStart)
      throw new Error(
        `${where}: rows that mention account A changed (or a row pointing at A appeared).\nbefore: ${aRowsAtStart.slice(0, 800)}\nafter:  ${now.slice(0, 800)}`,
      );
  }

  /** The whole response (data, errors, user errors, messages), minus the request id, searched for A. */
  function expectNoLeak(where: string, body: unknown, echoed?: string) {
    const text = JSON.stringify(body).replace(/"requestId":"[^"]*"/g, '');
    const visible = echoed ? text.split(echoed).join('<ECHOED>') : text;
    const leaked = [...fingerprints.filter((f) => f.pattern.test(visible)).map((f) => f.label), ...countLeaks(body)];
    if (leaked.length)
      throw new Error(
        `${where} leaked account A's data: ${leaked.join(', ')}\n${[...fingerprints.filter((f) => f.pattern.test(visible)).map((f) => visible.slice(Math.max(0, visible.search(f.pattern) - 300), visible.search(f.pattern) + 100)), text.slice(0, 300)].join('\n…\n')}`,
      );
  }

  /** Counts equal to A's, on the connection that would count A's rows (B's own counts stay below A's). */
  function countLeaks(body: unknown): string[] {
    const aCounts: Record<string, number> = {
      ExtensionConnection: A_SIZES.extensions,
      PhoneNumberConnection: A_SIZES.numbers,
      IdentityConnection: A_SIZES.identities,
    };
    const found: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.totalCount === 'number') {
        const typename = String(record.__typename ?? '');
        const suspicious = typename in aCounts ? [aCounts[typename]] : [A_SIZES.extensions, A_SIZES.numbers];
        if (suspicious.includes(record.totalCount)) found.push(`count ${record.totalCount} on ${typename || 'a connection'}`);
      }
      Object.values(record).forEach(walk);
    };
    walk(body);
    return found;
  }

  /** A response with the request id and the id swapped in replaced: what a caller can compare. */
  const comparable = (body: unknown, ...ids: string[]) =>
    ids.reduce((text, id) => text.split(id).join('<ID>'), JSON.stringify(body).replace(/"requestId":"[^"]*"/g, ''));

  /** Sends a request (multipart when it carries files, as a browser uploads). */
  async function send(token: string, query: string, variables: Record<string, unknown>, where: string, files: FilePart[] = []): Promise<GraphQLResult> {
    const result = files.length ? await postMultipart(stack, token, query, variables, files) : await stack.request(token, query, variables);
    // A case the gateway refuses proves nothing: it must run.
    if (result.status !== 200) throw new Error(`${where} was refused (${result.status}): ${JSON.stringify(result.body.errors)}`);
    return result;
  }

  const billingDb = () => stack.subgraphs.billing.subgraph.dataSource;

  function recipeContext(token: () => string): RecipeContext {
    /** Runs a setup mutation as `token()` (B's owner, or staff naming B's account) and returns its payload. */
    const setup = async (what: string, query: string, variables: Record<string, unknown>, files: FilePart[] = []) => {
      const { body } = await send(token(), query, variables, what, files);
      const payloads = Object.values(body.data ?? {}) as { userErrors?: unknown[] }[];
      if (body.errors?.length || !payloads.length || payloads.some((p) => !p || p.userErrors?.length))
        throw new Error(`Could not make ${what} for B: ${JSON.stringify(body).slice(0, 600)}`);
      return body.data as Record<string, any>;
    };
    const context: RecipeContext = {
      accountId: bId,
      freshExtension: async () => {
        const number = String(4100 + (counter += 1));
        const { body } = await send(
          token(),
          'mutation($input: CreateExtensionInput!) { createExtension(input: $input) { extension { id version } userErrors { code message } } }',
          { input: { accountId: bId, number, displayName: `Fresh ${number}` } },
          'fresh extension',
        );
        const extension = body.data?.createExtension?.extension;
        if (!extension) throw new Error(`Could not create a fresh extension for B: ${JSON.stringify(body)}`);
        return extension;
      },
      ownPhoneNumber: () => fixtureIds.phoneNumber(b, 0),
      plan: (code) => fixtureIds.plan(code),
      unusedExtensionNumber: () => String(4100 + (counter += 1)),
      uniqueName: (prefix) => `${prefix} person ${(counter += 1)}`,
      availableNumber: async () => {
        const { body } = await send(
          token(),
          '{ availablePhoneNumbers(filter: { countryCode: "FR" }, first: 1) { edges { node { id } } } }',
          {},
          'a number on sale',
        );
        const id = body.data?.availablePhoneNumbers?.edges?.[0]?.node?.id;
        if (!id) throw new Error(`No number on sale left for the matrix: ${JSON.stringify(body).slice(0, 300)}`);
        return id;
      },
      freshReservation: async () => {
        const data = await setup(
          'a fresh reservation',
          'mutation($input: ReservePhoneNumbersInput!) { reservePhoneNumbers(input: $input) { reservation { id version } userErrors { code } } }',
          {
            input: { accountId: bId, numberIds: [await context.availableNumber()] },
          },
        );
        return data.reservePhoneNumbers.reservation;
      },
      freshOrder: async () => {
        const reservation = await context.freshReservation();
        const data = await setup(
          'a fresh order',
          'mutation($input: CreateNumberOrderInput!) { createNumberOrder(input: $input) { order { id version } userErrors { code } } }',
          {
            input: { reservationId: reservation.id, inboundAction: { action: 'VOICEMAIL' }, identityId: context.ownIdentity() },
          },
        );
        return data.createNumberOrder.order;
      },
      // Straight into numbering's table, as its seed writes them: activating a number through an
      // order takes the carrier's delay, and the matrix needs dozens.
      freshPhoneNumber: async () => {
        const id = randomUUID();
        await stack.subgraphs.numbering.subgraph.dataSource.getRepository(PhoneNumber).insert({
          id,
          accountId: bId,
          e164: `+3319${String((counter += 1)).padStart(7, '0')}`,
          countryCode: 'FR',
          locality: 'Paris',
          type: PhoneNumberType.LOCAL,
          state: PhoneNumberState.ACTIVE,
          routeAction: RouteAction.VOICEMAIL,
          routeExtensionId: null,
          routeForwardTo: null,
        });
        return { id, version: 1 };
      },
      ownIdentity: () => fixtureIds.identity(b, 0),
      freshIdentity: async () => {
        const data = await setup(
          'a fresh identity',
          'mutation($input: CreateIdentityInput!) { createIdentity(input: $input) { identity { id version } userErrors { code } } }',
          {
            input: { ...FRENCH_BUSINESS_INPUT, accountId: bId, legalName: context.uniqueName('Draft') },
          },
        );
        return data.createIdentity.identity;
      },
      freshCompleteIdentity: async () => {
        const identity = await context.freshIdentity();
        const kinds = ['PASSPORT', 'CERTIFICATE_OF_INCORPORATION', 'PROOF_OF_ADDRESS'];
        const query = `mutation(${kinds.map((_, i) => `$f${i}: Upload!`).join(', ')}) { ${kinds
          .map(
            (kind, i) =>
              `d${i}: uploadIdentityDocument(input: { identityId: "${identity.id}", kind: ${kind}, file: $f${i} }) { identity { version } userErrors { code } }`,
          )
          .join(' ')} }`;
        const files: FilePart[] = [
          { path: 'f0', bytes: sampleJpeg(320, 200), name: 'passport.jpg', type: 'image/jpeg' },
          { path: 'f1', ...(await context.sampleFile()) },
          { path: 'f2', ...(await context.sampleFile()) },
        ];
        await setup('a complete identity', query, { f0: null, f1: null, f2: null }, files);
        const { body } = await send(token(), 'query($id: ID!) { identity(id: $id) { id version } }', { id: identity.id }, 'a complete identity');
        return body.data.identity;
      },
      freshDocumentInReview: async () => {
        const identity = await context.freshCompleteIdentity();
        const data = await setup(
          'an identity in review',
          'mutation($input: SubmitIdentityInput!) { submitIdentity(input: $input) { identity { documents { id kind version } } userErrors { code } } }',
          {
            input: { id: identity.id, expectedVersion: identity.version },
          },
        );
        return data.submitIdentity.identity.documents.find((d: { kind: string }) => d.kind === 'PASSPORT');
      },
      sampleFile: async () => ({ bytes: await samplePdf('Extrait Kbis'), name: 'kbis.pdf', type: 'application/pdf' }),
      billingProfileVersion: async () => {
        const read = async () =>
          (await billingDb().query('SELECT version FROM billing_profiles WHERE account_id = ?', [bId]))[0]?.version as number | undefined;
        const version = await read();
        if (version !== undefined) return Number(version);
        await setup('a billing profile', 'mutation($input: SaveBillingProfileInput!) { saveBillingProfile(input: $input) { userErrors { code } } }', {
          input: { ...FRENCH_BILLING_PROFILE, accountId: bId, legalName: 'Attacker Legal' },
        });
        return Number(await read());
      },
      // One open cart per family: the one left open by an earlier case is cancelled, then a new one started.
      freshPlanChange: async (withLine, family = 'PREDICTIVE_DIALER') => {
        const start = 'mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id version state } userErrors { code } } }';
        const input = { accountId: bId, family };
        let change = (await setup('a plan change', start, { input })).startPlanChange.planChange;
        if (change.version > 1) {
          await setup('a cancelled plan change', 'mutation($input: CancelPlanChangeInput!) { cancelPlanChange(input: $input) { userErrors { code } } }', {
            input: { id: change.id, expectedVersion: change.version },
          });
          change = (await setup('a plan change', start, { input })).startPlanChange.planChange;
        }
        if (!withLine) return change;
        const data = await setup(
          'a plan change with a line',
          'mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { planChange { id version } userErrors { code } } }',
          {
            input: { id: change.id, expectedVersion: change.version, additions: [{ planId: fixtureIds.plan('PD-STANDARD'), quantity: 1 }] },
          },
        );
        return data.updatePlanChange.planChange;
      },
      ownExtensionOnPlan: () => fixtureIds.extension(b, 0),
      freshQuote: async () => {
        await context.billingProfileVersion();
        const change = await context.freshPlanChange(true);
        const data = await setup('a quote', 'mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }', {
          input: { planChangeId: change.id, expectedVersion: change.version },
        });
        return data.requestQuote.quote;
      },
      // Family ROBOT_DIALER: its plan change stays checked out while the payment waits, so the payment is made once and found again.
      paymentWaitingForCard: async () => {
        const waiting = await billingDb().query("SELECT id FROM payments WHERE account_id = ? AND state = 'REQUIRES_PAYMENT_METHOD'", [bId]);
        if (waiting[0]) return { id: waiting[0].id as string };
        await context.billingProfileVersion();
        const change = (
          await setup(
            'a plan change',
            'mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id version } userErrors { code } } }',
            { input: { accountId: bId, family: 'ROBOT_DIALER' } },
          )
        ).startPlanChange.planChange;
        await setup('a plan change with a line', 'mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { userErrors { code } } }', {
          input: { id: change.id, expectedVersion: change.version, additions: [{ planId: fixtureIds.plan('RD-STANDARD'), quantity: 1 }] },
        });
        const quote = (
          await setup('a quote', 'mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }', {
            input: { planChangeId: change.id, expectedVersion: change.version + 1 },
          })
        ).requestQuote.quote;
        const data = await setup(
          'a declined payment',
          'mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { id state } userErrors { code } } }',
          { input: { quoteId: quote.id, paymentMethod: 'pm_card_chargeDeclined' } },
        );
        return data.checkoutQuote.payment;
      },
      freshInvoice: async () => {
        const quote = await context.freshQuote();
        const data = await setup(
          'an invoice',
          'mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { invoice { id } } userErrors { code } } }',
          { input: { quoteId: quote.id, paymentMethod: 'pm_card_visa' } },
        );
        const invoice = data.checkoutQuote.payment?.invoice;
        if (!invoice) throw new Error(`Could not make an invoice for B: ${JSON.stringify(data).slice(0, 300)}`);
        return invoice;
      },
      // Straight into the subgraph's inbox, as a delivery that failed ten times would leave it.
      freshParkedEvent: async (subgraph) => {
        const eventId = randomUUID();
        const envelope = {
          id: eventId,
          type: 'matrix.unknown',
          producer: 'matrix',
          aggregateType: 'Matrix',
          aggregateId: randomUUID(),
          aggregateVersion: 1,
          payload: {},
        };
        await stack.subgraphs[subgraph].subgraph.dataSource.getRepository(InboxEvent).insert({
          eventId,
          type: envelope.type,
          producer: envelope.producer,
          aggregateType: envelope.aggregateType,
          aggregateId: envelope.aggregateId,
          aggregateVersion: 1,
          state: InboxState.PARKED,
          attempts: 10,
          lastError: 'No handler for matrix.unknown.',
          envelope: JSON.stringify(envelope),
          receivedAt: Date.now(),
          appliedAt: null,
        });
        return eventId;
      },
    };
    return context;
  }

  /** The mutation's document, selecting every leaf of its payload three levels down. */
  function mutationDocument(field: GraphQLField<unknown, unknown>): string {
    const definitions = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`);
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`);
    return `mutation${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(getNamedType(field.type) as never, 3)} }`;
  }

  /** Valid variables (and files, for a multipart mutation) for a mutation: its recipe's input, with B's account named for staff. */
  async function validRequest(
    field: GraphQLField<unknown, unknown>,
    staff: boolean,
    token: () => string,
  ): Promise<{ variables: Record<string, unknown>; files: FilePart[] }> {
    const recipe = MUTATION_RECIPES[field.name]!;
    const context = recipeContext(token);
    const input = await recipe.validInput(context);
    const inputType = getNamedType(field.args.find((arg) => arg.name === 'input')?.type ?? null);
    if (staff && isInputObjectType(inputType) && 'accountId' in inputType.getFields()) input.accountId = bId;
    return { variables: { input }, files: (await recipe.files?.(context)) ?? [] };
  }
  /** A token of the first staff role of the role table that holds every one of `permissions` (compliance reviews, billing issues credit notes...). */
  const staffTokenWith = (...permissions: Permission[]) => {
    const staffRole = (Object.keys(ROLE_TABLE.staff) as (keyof typeof ROLE_TABLE.staff)[]).find((role) =>
      permissions.every((p) => (ROLE_TABLE.staff[role] as readonly Permission[]).includes(p)),
    );
    if (!staffRole) throw new Error(`No staff role holds ${permissions.join(' and ')}`);
    return stack.token({ subject: `staff-with-${permissions.join('-')}`, role: 'STAFF', staffRole });
  };
  /** What `caller` needs for the recipe's mutation: a staff-only permission as it is; staff otherwise need staff:write or the recipe's own staff permission. */
  const neededPermission = (recipe: MutationRecipe, caller: Caller): Permission =>
    recipe.staffOnly ? recipe.permission : caller.role === 'STAFF' ? (recipe.staffPermission ?? writePermission(caller, recipe.permission)) : recipe.permission;

  function expectSucceeded(where: string, field: string, body: GraphQLResult['body']) {
    const payload = body.data?.[field];
    if (body.errors?.length || !payload || payload.userErrors?.length) {
      throw new Error(
        `${where}: the recipe's valid input did not succeed, so the matrix would prove nothing. Fix MUTATION_RECIPES.${field} in test/security/mutation-recipes.ts.\n${JSON.stringify(body).slice(0, 800)}`,
      );
    }
  }

  const mutations = () => Object.values(api.getMutationType()?.getFields() ?? {});

  it('every mutation has a recipe and names its permission in its description', () => {
    for (const field of mutations()) {
      const recipe = MUTATION_RECIPES[field.name];
      if (!recipe) {
        throw new Error(
          `Mutation.${field.name} has no recipe: add one to MUTATION_RECIPES in test/security/mutation-recipes.ts (input that succeeds for B's owner on B's own objects, and the permission it needs).`,
        );
      }
      if (!field.description?.includes(recipe.permission))
        throw new Error(`Mutation.${field.name}: its description must name the ${recipe.permission} permission.`);
    }
    expect(Object.keys(MUTATION_RECIPES).filter((name) => !api.getMutationType()?.getFields()[name])).toEqual([]);
  });

  it('root query fields with A ids give B nothing of A, exactly what a missing id gives', async () => {
    const before = await snapshot();
    const cases = rootCases(api, (typeName, where) => {
      const pool = pools[typeName];
      if (!pool) throw new Error(`${where}: no pool of account A ids for type ${typeName}; add it to the attack matrix`);
      return pool[0]!;
    });
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const { body } = await send(ownerToken, c.query, c.variables, c.name);
      expectNoLeak(c.name, body);
      if (c.usedIds.length) {
        const missing = randomUUID();
        const twin = JSON.parse(c.usedIds.reduce((text, id) => text.split(id).join(missing), JSON.stringify(c.variables)));
        const { body: missingBody } = await send(ownerToken, c.query, twin, `${c.name} (missing id)`);
        expect([c.name, comparable(body, ...c.usedIds)]).toEqual([c.name, comparable(missingBody, missing)]);
      }
      counts.reads += 1;
    }
    expect(await snapshot()).toBe(before);
    await expectARowsUnchanged('reads');
  });

  it('every mutation, with valid input and one of A ids in place of B own, is refused like a missing id and writes nothing', async () => {
    for (const field of mutations()) {
      const recipe = MUTATION_RECIPES[field.name];
      if (!recipe) continue; // reported by the recipe test
      if (recipe.staffOnly) {
        // Staff act on every account: no tenancy to attack. The reviewer's control proves the recipe;
        // the permission test below proves that B's owner (and every role without it) is FORBIDDEN.
        const staff = await staffTokenWith(recipe.permission);
        const request = await validRequest(field, true, () => ownerToken);
        const control = await send(staff, mutationDocument(field), request.variables, `${field.name} control (staff)`, request.files);
        expectSucceeded(`${field.name} control (staff)`, field.name, control.body);
        expectNoLeak(`${field.name} control (staff)`, control.body);
        await expectARowsUnchanged(`${field.name} control (staff)`);
        counts.staffOnlyControls += 1;
        continue;
      }
      // The control: the recipe's input succeeds on B's own objects.
      const controlRequest = await validRequest(field, false, () => ownerToken);
      const control = await send(ownerToken, mutationDocument(field), controlRequest.variables, `${field.name} control`, controlRequest.files);
      expectSucceeded(`${field.name} control`, field.name, control.body);
      expectNoLeak(`${field.name} control`, control.body);
      await expectARowsUnchanged(`${field.name} control`);
      counts.writeControls += 1;

      const paths = idPaths(field);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        if (PUBLIC_TYPES.has(path.type)) continue;
        const where = `${field.name}(${path.path.join('.')} = A's ${path.type})`;
        const { variables, files } = await validRequest(field, false, () => ownerToken);
        const victimId = pools[path.type]?.[0];
        if (!victimId) throw new Error(`${where}: no pool of account A ids for type ${path.type}; add it to the attack matrix`);
        const missingId = randomUUID();
        const before = await snapshot();
        const attack = await send(ownerToken, mutationDocument(field), withValue(variables, path.path, path.list ? [victimId] : victimId), where, files);
        expect([where, await snapshot()]).toEqual([where, before]);
        expectNoLeak(where, attack.body, victimId);
        const payload = attack.body.data?.[field.name];
        expect([where, Boolean(attack.body.errors?.length || payload?.userErrors?.length)]).toEqual([where, true]);
        const missing = await send(
          ownerToken,
          mutationDocument(field),
          withValue(variables, path.path, path.list ? [missingId] : missingId),
          `${where} (missing id)`,
          files,
        );
        expect([where, comparable(attack.body, victimId)]).toEqual([where, comparable(missing.body, missingId)]);
        await expectARowsUnchanged(where);
        counts.writes += 1;
      }
    }
    expect(counts.writes).toBeGreaterThan(0);
  });

  it('every mutation and permission-named field is FORBIDDEN, writing nothing, to each role lacking the permission', async () => {
    for (const field of mutations()) {
      const recipe = MUTATION_RECIPES[field.name];
      if (!recipe) continue;
      // Objects for staff callers are made by staff holding what staff need for this mutation and for
      // the extensions its recipe makes (support: staff:write; billing writes: admin, staff:billing
      // too); a staff-only mutation's by B's owner, as in the test above.
      const staffMaker = recipe.staffOnly ? ownerToken : await staffTokenWith('staff:write', ...(recipe.staffPermission ? [recipe.staffPermission] : []));
      for (const { label, identity } of roleIdentities(bId)) {
        const caller = callerFor(identity);
        const token = await stack.token(identity);
        // A staff-only permission is needed as it is, by staff and customers alike.
        const needed = neededPermission(recipe, caller);
        const where = `${field.name} by ${label} (needs ${needed})`;
        // Input that succeeds for a role holding the permission: its objects made by B's owner, or by staff for staff.
        const { variables, files } = await validRequest(field, caller.role === 'STAFF', () => (caller.role === 'STAFF' ? staffMaker : ownerToken));
        const before = await snapshot();
        const { body } = await send(token, mutationDocument(field), variables, where, files);
        expectNoLeak(where, body);
        if (hasPermission(caller, needed)) {
          expectSucceeded(where, field.name, body);
          counts.permissionControls += 1;
        } else {
          expect([where, body.errors?.map((e) => e.extensions?.code)]).toEqual([where, ['FORBIDDEN']]);
          expect([where, body.data ?? null]).toEqual([where, null]);
          expect([where, await snapshot()]).toEqual([where, before]);
          counts.permissionRefusals += 1;
        }
        await expectARowsUnchanged(where);
      }
    }
    // Fields that name a permission in their description (staff fields): refused without it.
    for (const field of Object.values(api.getQueryType()!.getFields())) {
      const named = /needs the ([a-z]+:[a-z]+) permission/i.exec(field.description ?? '')?.[1] as Permission | undefined;
      if (!named) continue;
      const selection = isLeafType(getNamedType(field.type)) ? '' : selectionOf(getNamedType(field.type) as never, 1);
      for (const { label, identity } of roleIdentities(bId)) {
        const where = `Query.${field.name} by ${label} (needs ${named})`;
        const { body } = await send(await stack.token(identity), `{ ${field.name} ${selection} }`, {}, where);
        const codes = body.errors?.map((e) => e.extensions?.code) ?? [];
        if (hasPermission(callerFor(identity), named)) {
          expect([where, codes]).toEqual([where, []]);
          counts.permissionControls += 1;
        } else {
          expect([where, codes]).toEqual([where, ['FORBIDDEN']]);
          expectNoLeak(where, body);
          counts.permissionRefusals += 1;
        }
      }
    }
    expect(counts.permissionRefusals).toBeGreaterThan(0);
  });

  it('entity references by A keys, straight at every subgraph that resolves them, give B nothing of A', async () => {
    for (const definition of SUBGRAPHS) {
      const sdl = readFileSync(join(schemaDir, `${definition.name}.graphql`), 'utf8');
      const subgraphSchema = buildSchema(sdl.replace(/^extend schema[\s\S]*?\n\n/m, ''), { assumeValidSDL: true });
      for (const typeName of entityTypes(sdl)) {
        const type = subgraphSchema.getType(typeName);
        if (!isObjectType(type) || PUBLIC_TYPES.has(typeName)) continue;
        for (const [id, depth] of (pools[typeName] ?? []).slice(0, 3).flatMap((id) => [0, 1, 2, 3].map((depth) => [id, depth] as const))) {
          const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName} ${selectionOf(type, depth)} } }`;
          const { status, body } = await stack.requestSubgraph(definition.name as SubgraphName, attacker, query, { r: [{ __typename: typeName, id }] });
          expect(status).toBe(200);
          expectNoLeak(`${definition.name} _entities ${typeName}(${id})`, body, id);
          counts.entityReferences += 1;
        }
      }
    }
    expect(counts.entityReferences).toBeGreaterThan(0);
  });

  afterAll(() => {
    console.log(
      `attack matrix: ${counts.reads} reads, ${counts.writes} writes (${counts.writeControls} controls, ${counts.staffOnlyControls} staff-only controls), ` +
        `${counts.permissionRefusals} permission refusals (${counts.permissionControls} controls), ${counts.entityReferences} entity references`,
    );
  });
});

/**
 * A's number ordering, made through the gateway as A: an active reservation first (the one
 * attacked by id), and an order from a second one. The inventory pool is numbers A holds, so an
 * attacker reserving them must fail and change nothing.
 */
async function numberOrderPools(stack: Stack, accountId: string, identityId: string): Promise<Record<string, string[]>> {
  const token = await stack.customerToken(accountId);
  const { body } = await stack.request(token, '{ availablePhoneNumbers(filter: { countryCode: "FR" }, first: 2) { edges { node { id } } } }');
  const [first, second] = body.data.availablePhoneNumbers.edges.map((e: { node: { id: string } }) => e.node.id);
  const reserve = async (id: string) =>
    (
      await stack.request(token, 'mutation($i: ReservePhoneNumbersInput!) { reservePhoneNumbers(input: $i) { reservation { id } } }', {
        i: { numberIds: [id] },
      })
    ).body.data.reservePhoneNumbers.reservation.id as string;
  const active = await reserve(first);
  const ordered = await reserve(second);
  const order = await stack.request(token, 'mutation($i: CreateNumberOrderInput!) { createNumberOrder(input: $i) { order { id } } }', {
    i: { reservationId: ordered, inboundAction: { action: 'VOICEMAIL' }, identityId },
  });
  return { NumberReservation: [active, ordered], NumberOrder: [order.body.data.createNumberOrder.order.id], InventoryNumber: [first, second] };
}

/** A billing profile, plan changes, quotes, a declined and a paid payment and an invoice of account A, made by A through the gateway. */
async function seedPlanChangeAndQuote(
  stack: Stack,
  accountId: string,
): Promise<{ PlanChange: string[]; Quote: string[]; Payment: string[]; Invoice: string[] }> {
  const token = await stack.customerToken(accountId);
  const call = async (query: string, input: Record<string, unknown>) => {
    const { body } = await stack.request(token, query, { input });
    const payload = Object.values(body.data ?? {})[0] as { userErrors: unknown[] } | undefined;
    if (!payload || payload.userErrors.length) throw new Error(`seeding billing for the attack matrix failed: ${JSON.stringify(body)}`);
    return payload as any;
  };
  await call('mutation($input: SaveBillingProfileInput!) { saveBillingProfile(input: $input) { userErrors { code } } }', {
    legalName: 'Victim Legal',
    addressLine1: '1 rue de Rivoli',
    postalCode: '75001',
    city: 'Paris',
    countryCode: 'FR',
    customerKind: 'BUSINESS',
    siren: '552100554',
  });
  const started = await call('mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id } userErrors { code } } }', {
    family: 'PREDICTIVE_DIALER',
  });
  const id = started.planChange.id as string;
  await call('mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { userErrors { code } } }', {
    id,
    expectedVersion: 1,
    additions: [{ planId: fixtureIds.plan('PD-STANDARD'), quantity: 1 }],
  });
  const quoted = await call('mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }', {
    planChangeId: id,
    expectedVersion: 2,
  });
  // A second quote, checked out with a declined card: a payment waiting for another card.
  const second = await call('mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id } userErrors { code } } }', {
    family: 'ROBOT_DIALER',
  });
  await call('mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { userErrors { code } } }', {
    id: second.planChange.id,
    expectedVersion: 1,
    additions: [{ planId: fixtureIds.plan('RD-STANDARD'), quantity: 1 }],
  });
  const secondQuote = await call('mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }', {
    planChangeId: second.planChange.id,
    expectedVersion: 2,
  });
  const paid = await call('mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { id } userErrors { code } } }', {
    quoteId: secondQuote.quote.id,
    paymentMethod: 'pm_card_chargeDeclined',
  });
  // A third, paid: an invoice.
  const third = await call('mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id } userErrors { code } } }', {
    family: 'PHONE_SYSTEM',
  });
  await call('mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { userErrors { code } } }', {
    id: third.planChange.id,
    expectedVersion: 1,
    additions: [{ planId: fixtureIds.plan('PS-FRANCE'), quantity: 1 }],
  });
  const thirdQuote = await call('mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }', {
    planChangeId: third.planChange.id,
    expectedVersion: 2,
  });
  const invoiced = await call('mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { id invoice { id } } userErrors { code } } }', {
    quoteId: thirdQuote.quote.id,
    paymentMethod: 'pm_card_visa',
  });
  return {
    PlanChange: [id, second.planChange.id, third.planChange.id],
    Quote: [quoted.quote.id, secondQuote.quote.id, thirdQuote.quote.id],
    Payment: [paid.payment.id, invoiced.payment.id],
    Invoice: [invoiced.payment.invoice.id],
  };
}

/** Types a subgraph resolves by key (`@key` without `resolvable: false`). */
function entityTypes(sdl: string): string[] {
  return [...sdl.matchAll(/type (\w+)[^{]*@key\(fields: "id"(?!, resolvable: false)/g)].map((m) => m[1]!);
}

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** A's ids the case sends: its twin sends an id that exists nowhere instead. */
  usedIds: string[];
}

/** Cases for every root query field, with A's ids wherever it takes one (directly or inside its input). */
function rootCases(schema: GraphQLSchema, idFor: (typeName: string, where: string) => string): Case[] {
  const cases: Case[] = [];
  const root = schema.getQueryType()!;
  for (const field of Object.values(root.getFields())) {
    const where = `${root.name}.${field.name}`;
    const usedIds: string[] = [];
    const variables: Record<string, unknown> = {};
    for (const arg of field.args) {
      if (arg.defaultValue !== undefined) continue; // defaults (page sizes) as a client would leave them
      const value = valueFor(arg.type, arg.name, field, where, (typeName, at) => {
        const id = idFor(typeName, at);
        if (!PUBLIC_TYPES.has(typeName)) usedIds.push(id);
        return id;
      });
      if (value !== undefined) variables[arg.name] = value;
    }
    const definitions = field.args.filter((arg) => arg.name in variables).map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`);
    const args = field.args.filter((arg) => arg.name in variables).map((arg) => `${arg.name}: $${arg.name}`);
    const query = (selection: string) =>
      `query${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
    // The gateway refuses a request over its cost limit, as it should: a selection that costs more
    // is split into parts that each fit and together select the same fields.
    const fits = (selection: string) => operationCost({ schema, document: parse(query(selection)), variables }) <= MAX_COST;
    // Leaves only, then deep: a deep selection can hide a leak when a non-null child nulls the parent.
    for (const depth of [0, 1, 2, 3]) {
      const named = getNamedType(field.type);
      const selections = isLeafType(named) ? [''] : fittingSelections(named as never, depth, fits);
      selections.forEach((selection, part) =>
        cases.push({
          name: `${where}@${depth}${selections.length > 1 ? ` part ${part + 1}/${selections.length}` : ''}`,
          query: query(selection),
          variables,
          usedIds: [...new Set(usedIds)],
        }),
      );
    }
  }
  return cases;
}

/** The type an id input refers to: `id` is the field's own type, other names are mapped above. */
function idTypeOf(name: string, field: GraphQLField<unknown, unknown>, where: string): string {
  const typeName = name === 'id' ? ownTypeOf(field) : ID_ARGUMENT_TYPES[name];
  if (!typeName) throw new Error(`${where}(${name}): which type's id is this? Map it in ID_ARGUMENT_TYPES`);
  return typeName;
}

/** Every id a mutation's arguments can carry, by path (through input objects), with the type it names. */
function idPaths(field: GraphQLField<unknown, unknown>): { path: string[]; type: string; list: boolean }[] {
  const found: { path: string[]; type: string; list: boolean }[] = [];
  const walk = (type: GraphQLInputType, name: string, path: string[], seen: Set<string>) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    const list = isListType(inner);
    const named = getNamedType(inner);
    if (isScalarType(named) && named.name === 'ID') found.push({ path, type: idTypeOf(name, field, `Mutation.${field.name}.${path.join('.')}`), list });
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const inputField of Object.values(named.getFields()))
        walk(inputField.type, inputField.name, [...path, inputField.name], new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, arg.name, [arg.name], new Set());
  return found;
}

/**
 * A copy of `variables` with the value at `path` replaced; through a list of input objects (a plan
 * change's `edits`), in each of its items: setting a key on the array itself would send it unchanged.
 */
function withValue(variables: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const setAt = (node: unknown, keys: string[]): unknown => {
    if (!keys.length) return value;
    if (Array.isArray(node)) return node.map((item) => setAt(item, keys));
    const copy = { ...((node ?? {}) as Record<string, unknown>) };
    copy[keys[0]!] = setAt(copy[keys[0]!], keys.slice(1));
    return copy;
  };
  return setAt(structuredClone(variables), path) as Record<string, unknown>;
}

/** A value for an input: A's id for id inputs, a plausible value for the rest (required ones only). */
function valueFor(
  type: GraphQLInputType,
  name: string,
  field: GraphQLField<unknown, unknown>,
  where: string,
  idFor: (typeName: string, where: string) => string,
): unknown {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = valueFor(inner.ofType, name, field, where, idFor);
    return item === undefined ? (required ? [] : undefined) : [item];
  }
  const named = getNamedType(inner);
  if (isScalarType(named) && named.name === 'ID') return idFor(idTypeOf(name, field, where), `${where}(${name})`);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const inputField of Object.values(named.getFields())) {
      if (inputField.defaultValue !== undefined) continue;
      const v = valueFor(inputField.type, inputField.name, field, `${where}.${inputField.name}`, idFor);
      if (v !== undefined) value[inputField.name] = v;
    }
    return value;
  }
  if (!required) return undefined;
  if (isEnumType(named)) return named.getValues()[0]!.value;
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return new Date().toISOString();
    default:
      return 'attack';
  }
}

/** The object type an `id` argument refers to: the field's type, or the entity its payload carries or names. */
function ownTypeOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith('Payload')) {
    const entity = Object.values(named.getFields()).find((f) => f.name !== 'userErrors' && isObjectType(getNamedType(f.type)));
    if (entity) return getNamedType(entity.type).name;
    // A payload without its entity (a delete): the noun of the mutation, deleteExtension -> Extension.
    return field.name.replace(/^[a-z]+/, '');
  }
  return named.name;
}

/** Every field without required arguments, `depth` levels down. */
function selectionOf(type: { getFields(): Record<string, GraphQLField<unknown, unknown>> }, depth: number): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type as GraphQLOutputType);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named)) parts.push(`${field.name} ${selectionOf(named, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/**
 * `selectionOf(type, depth)`, split when `fits` refuses it: the leaves in one part, and each object
 * field in parts of its own (split the same way, down as far as needed). The parts select, together,
 * every field the whole selection does.
 */
function fittingSelections(
  type: { getFields(): Record<string, GraphQLField<unknown, unknown>> },
  depth: number,
  fits: (selection: string) => boolean,
): string[] {
  const whole = selectionOf(type, depth);
  if (depth === 0 || fits(whole)) return [whole];
  const parts = [selectionOf(type, 0)];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type as GraphQLOutputType);
    if (!isObjectType(named)) continue;
    const wrap = (selection: string) => `{ __typename ${field.name} ${selection} }`;
    for (const sub of fittingSelections(named, depth - 1, (selection) => fits(wrap(selection)))) parts.push(wrap(sub));
  }
  return parts;
}
