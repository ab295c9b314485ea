import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTrustedDocuments } from '../../gateway/src/trusted-documents';
import { captureLogs, enableMetrics, serveMetrics, type MetricsServer } from '../../packages/kit/src';
import { addExtension, loadAccountPage, removeExtension, renameExtension } from '../../examples/customer-area/src/account-page';
import { ApiError, createClient } from '../../examples/customer-area/src/client';
import { makeFixture, postGraphQL, Stack } from '../support/stack';

const MANIFEST = join(__dirname, '..', '..', 'examples', 'customer-area', 'src', 'gql', 'persisted-documents.json');

describe('operability through the gateway: access lines, metrics, trusted documents', () => {
  let stack: Stack;
  let metrics: MetricsServer;
  let accountId: string;
  let token: string;

  beforeAll(async () => {
    enableMetrics('stack');
    metrics = await serveMetrics(0);
    stack = await Stack.start({ trustedDocuments: loadTrustedDocuments(MANIFEST) });
    accountId = await stack.seed(makeFixture({ extensions: 3, numbers: 4, identities: 1 }, 'Operable'));
    token = await stack.customerToken(accountId);
  });
  afterAll(async () => {
    await stack?.close();
    await metrics?.close();
  });

  it('runs the reference client (trusted document ids only) through the whole extension flow', async () => {
    const request = createClient({ endpoint: stack.gateway.url, token });
    const page = await loadAccountPage(request);
    expect(page!.extensions).toHaveLength(3);
    expect(page!.numbers).toHaveLength(4);

    const created = await addExtension(request, { number: '480', displayName: 'Front desk' }, `key-${Date.now()}`);
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const renamed = await renameExtension(request, created.value, 'Reception');
    if (!renamed.ok) throw new Error(JSON.stringify(renamed.errors));
    expect(renamed.value.displayName).toBe('Reception');
    const stale = await renameExtension(request, created.value, 'Lost update');
    expect(stale.ok).toBe(false);
    const removed = await removeExtension(request, renamed.value);
    expect(removed).toMatchObject({ ok: true, value: created.value.id });
  });

  it('refuses operations outside the manifest, before running them', async () => {
    const adHoc = await stack.request(token, '{ viewer { account { name } } }');
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    const unknown = await postGraphQL(stack.gateway.url, { documentId: `sha256:${'0'.repeat(64)}` }, { authorization: `Bearer ${token}` });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const apq = await postGraphQL(
      stack.gateway.url,
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
      { authorization: `Bearer ${token}` },
    );
    expect(apq.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await expect(loadAccountPage(createClient({ endpoint: stack.gateway.url, token: 'not-a-token' }))).rejects.toBeInstanceOf(ApiError);
  });

  it('writes one access line per request and service, with request id, operation, subject, status and duration, and no token', async () => {
    const logs = captureLogs();
    await loadAccountPage(createClient({ endpoint: stack.gateway.url, token }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    logs.stop();
    const lines = logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const access = lines.filter((line) => typeof line.durationMs === 'number');
    const gateway = access.filter((line) => line.operation === 'WholeAccount');
    expect(gateway).toHaveLength(1);
    expect(gateway[0]).toMatchObject({
      level: 'info',
      msg: 'POST /graphql 200',
      statusCode: 200,
      subject: `user-of-${accountId}`,
      role: 'CUSTOMER',
      requestId: expect.any(String),
    });
    // The subgraphs' lines carry the gateway's request id: one id follows the request everywhere.
    const subgraphLines = access.filter((line) => line !== gateway[0]);
    expect(subgraphLines.length).toBeGreaterThanOrEqual(4);
    for (const line of subgraphLines) expect(line.requestId).toBe(gateway[0]!.requestId);
    expect(logs.lines.join('\n')).not.toMatch(/eyJ|Bearer|authorization/i);
  });

  it('serves Prometheus metrics on the metrics port, never on the public origin', async () => {
    await stack.request(token, '{ __typename }'); // refused: not a trusted document
    const [wholeAccountHash] = Object.entries(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>).find(([, text]) =>
      text.includes('query WholeAccount'),
    )!;
    const badVariables = await postGraphQL(
      stack.gateway.url,
      { documentId: wholeAccountHash, variables: { first: 'many' } },
      { authorization: `Bearer ${token}` },
    );
    // (BAD_USER_INPUT would be right; the cost plugin in limits.ts throws on such variables first.)
    const badCode = String(badVariables.body.errors?.[0]?.extensions?.code);
    expect(badCode).toMatch(/^[A-Z_]+$/);
    const text = await (await fetch(metrics.url)).text();
    expect(text).toMatch(/graphql_request_duration_seconds_count\{[^}]*operation="WholeAccount"[^}]*\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="numbering"[^}]*\} [1-9]/);
    expect(text).toMatch(/dataloader_batch_size_count\{[^}]*loader="args"[^}]*\} [1-9]/);
    expect(text).toMatch(/subgraph_peer_call_duration_seconds_count\{[^}]*peer="billing"[^}]*\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{[^}]*state="max"[^}]*\} [1-9]/);
    expect(text).toMatch(/graphql_errors_total\{[^}]*code="OPERATION_NOT_TRUSTED"[^}]*\} [1-9]/);
    expect(text).toMatch(new RegExp(`graphql_errors_total\\{[^}]*code="${badCode}"[^}]*\\} [1-9]`));
    expect(text).toMatch(/process_cpu_seconds_total\{service="stack"\}/);
    const publicOrigin = new URL(stack.gateway.url).origin;
    expect((await fetch(`${publicOrigin}/metrics`)).status).toBe(404);
    expect((await fetch(`${metrics.url.replace('/metrics', '/other')}`)).status).toBe(404);
  });
});
