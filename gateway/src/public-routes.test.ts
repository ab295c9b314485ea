import { SUBGRAPHS } from '../../subgraphs/registry';
import { matchRoute, PUBLIC_ROUTES } from './public-routes';

describe('the public route table', () => {
  it('maps each prefix to a subgraph that exists, with limits, and no prefix shadows another', () => {
    const names = SUBGRAPHS.map((s) => s.name as string);
    for (const route of PUBLIC_ROUTES) {
      expect(names).toContain(route.subgraph);
      expect(route.prefix).toMatch(/^\/[a-z]/);
      expect(route.timeoutMs).toBeGreaterThan(0);
      expect(route.methods.length).toBeGreaterThan(0);
      for (const other of PUBLIC_ROUTES) if (other !== route) expect(matchRoute([other], route.prefix)).toBeUndefined();
    }
  });

  it('matches a directory prefix below it and an exact prefix on itself and below', () => {
    expect(matchRoute(PUBLIC_ROUTES, '/files/billing/inv-1')?.subgraph).toBe('billing');
    expect(matchRoute(PUBLIC_ROUTES, '/files/compliance/doc-1')?.subgraph).toBe('compliance');
    expect(matchRoute(PUBLIC_ROUTES, '/files/billing')).toBeUndefined();
    expect(matchRoute(PUBLIC_ROUTES, '/webhooks/stripe')?.subgraph).toBe('billing');
    expect(matchRoute(PUBLIC_ROUTES, '/webhooks/stripe/v2')?.subgraph).toBe('billing');
    expect(matchRoute(PUBLIC_ROUTES, '/webhooks/stripe-evil')).toBeUndefined();
    expect(matchRoute(PUBLIC_ROUTES, '/graphql')).toBeUndefined();
  });
});
