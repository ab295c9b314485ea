import { InternalTokens } from './internal-token';
import { SecretServiceCredentials } from './service-credentials';

describe('SecretServiceCredentials', () => {
  const secret = 'a'.repeat(40);
  const telephony = new SecretServiceCredentials('telephony', secret);
  const numbering = new SecretServiceCredentials('numbering', secret);

  it('says which subgraph calls, to the subgraph it is addressed to only', async () => {
    const token = await telephony.sign('numbering');
    expect(await numbering.verify(token)).toBe('telephony');
    expect(await new SecretServiceCredentials('billing', secret).verify(token)).toBeNull();
    expect(await new SecretServiceCredentials('numbering', 'b'.repeat(40)).verify(token)).toBeNull();
  });

  it('is never a caller credential, and a caller credential is never a service credential', async () => {
    const tokens = new InternalTokens(secret);
    expect(await tokens.verify(await telephony.sign('numbering'), 'numbering')).toBeNull();
    expect(await numbering.verify(await tokens.sign({ subject: 'staff-1', role: 'STAFF', accountId: null }, 'numbering'))).toBeNull();
  });
});
