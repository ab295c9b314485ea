import { openSubgraph, serveSubgraph, type Listening, type Subgraph } from '../../packages/kit/src';
import { telephony } from '../../subgraphs/telephony/src/subgraph';
import { scratchDatabase } from '../support/database';

const get = async (url: string) => {
  const response = await fetch(url);
  return [response.status, await response.json()];
};

describe("/ready and /health of a subgraph (on this run's database)", () => {
  let subgraph: Subgraph<any>;
  let server: Listening;
  let drop: () => Promise<void>;
  let base = '';

  beforeAll(async () => {
    const scratch = await scratchDatabase('readiness');
    drop = scratch.drop;
    subgraph = await openSubgraph(telephony, { databaseUrl: scratch.url });
    server = await serveSubgraph(subgraph, { port: 0 });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
    await subgraph?.dispose();
    await drop?.();
  });

  it('is ready while the database answers; /health is liveness only', async () => {
    expect(await get(`${base}/ready`)).toEqual([200, { status: 'ready' }]);
    expect(await get(`${base}/health`)).toEqual([200, { status: 'ok' }]);
  });

  it('answers 503 when the database does not answer, while /health stays 200', async () => {
    await subgraph.dataSource.destroy();
    expect(await get(`${base}/ready`)).toEqual([503, { status: 'unavailable', failing: ['database'] }]);
    expect(await get(`${base}/health`)).toEqual([200, { status: 'ok' }]);
  });

  it('answers 503 while draining', async () => {
    subgraph.lifecycle.beginDraining();
    expect(await get(`${base}/ready`)).toEqual([503, { status: 'draining' }]);
  });
});
