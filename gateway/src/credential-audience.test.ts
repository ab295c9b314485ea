import { SUBGRAPHS } from '../../subgraphs/registry';
import { credentialAudience, SUBGRAPH_PEERS } from './credential-audience';

describe('credential audience', () => {
  it("lists exactly the peers each subgraph's definition calls", () => {
    const declared = Object.fromEntries(SUBGRAPHS.filter((s) => Object.keys(s.peers ?? {}).length).map((s) => [s.name, Object.keys(s.peers ?? {}).sort()]));
    const granted = Object.fromEntries(Object.entries(SUBGRAPH_PEERS).map(([name, peers]) => [name, [...peers].sort()]));
    expect(granted).toEqual(declared);
  });

  it('starts with the subgraph called', () => {
    expect(credentialAudience('telephony')).toEqual(['telephony', 'billing', 'numbering']);
    expect(credentialAudience('billing')).toEqual(['billing', 'telephony', 'numbering']);
    expect(credentialAudience('numbering')).toEqual(['numbering', 'compliance', 'billing']);
    expect(credentialAudience('compliance')).toEqual(['compliance', 'numbering']);
  });
});
