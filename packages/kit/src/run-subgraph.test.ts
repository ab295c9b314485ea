import { subgraphConfig } from './run-subgraph';

const definition = { name: 'telephony', defaultPort: 4002, peers: { billing: 'http://127.0.0.1:4001/graphql', numbering: 'http://127.0.0.1:4003/graphql' } };

describe('subgraphConfig', () => {
  it('defaults to the local layout, peers included', () => {
    const config = subgraphConfig({}, definition);
    expect(config).toMatchObject({ PORT: 4002, DATABASE_URL: 'sqlite:data/telephony.sqlite', PEER_TIMEOUT_MS: 2000, peers: definition.peers });
  });

  it('reads each peer from <NAME>_URL, the variables the gateway reads too', () => {
    const config = subgraphConfig({ BILLING_URL: 'http://billing:4001/graphql', PEER_TIMEOUT_MS: '750' }, definition);
    expect(config.peers).toEqual({ billing: 'http://billing:4001/graphql', numbering: 'http://127.0.0.1:4003/graphql' });
    expect(config.PEER_TIMEOUT_MS).toBe(750);
  });

  it('has no peers for a subgraph that declares none', () => {
    expect(subgraphConfig({}, { name: 'billing', defaultPort: 4001 }).peers).toEqual({});
  });
});
