import {
  CallerCredentialSigner,
  CallerCredentialVerifier,
  generateSigningKeyPair,
  ServiceKeys,
  servicePublicKeysVariable,
  type Caller,
  type KeyPair,
  type SubgraphCredentials,
  type SubgraphDefinition,
} from '../../packages/kit/src';

/**
 * The key pairs of one test run, made fresh: the gateway's (it signs caller credentials) and one per
 * subgraph (its service credentials). Gives each subgraph exactly what production gives it: the
 * gateway's public keys, its own private key, and the public keys of the peers its `serviceAccess`
 * lists; and the same as environment variables for a child process.
 */
export class TestKeys {
  readonly gateway: KeyPair = generateSigningKeyPair();
  private readonly services = new Map<string, KeyPair>();
  /** Signs as the gateway, for tests that call a subgraph directly as the gateway would. */
  readonly callerCredentials = new CallerCredentialSigner(this.gateway.privateJwk);

  service(name: string): KeyPair {
    if (!this.services.has(name)) this.services.set(name, generateSigningKeyPair());
    return this.services.get(name)!;
  }

  credentialsFor(definition: Pick<SubgraphDefinition, 'name' | 'serviceAccess'>): SubgraphCredentials {
    const trusted = Object.fromEntries(Object.keys(definition.serviceAccess ?? {}).map((peer) => [peer, this.service(peer).publicJwks]));
    return {
      callers: new CallerCredentialVerifier(this.gateway.publicJwks, definition.name),
      service: new ServiceKeys({ self: definition.name, signingKey: this.service(definition.name).privateJwk, trusted }),
    };
  }

  /** A service credential of subgraph `from` for subgraph `to`, signed with `from`'s own key. */
  serviceCredential(from: string, to: string): Promise<string> {
    return new ServiceKeys({ self: from, signingKey: this.service(from).privateJwk, trusted: {} }).sign(to);
  }

  /** A caller credential as the gateway signs it, for `audience` (the subgraph called, then its peers). */
  callerCredential(caller: Caller, audience: readonly string[]): Promise<string> {
    return this.callerCredentials.sign(caller, audience);
  }

  /** The key settings of a child-process subgraph (its environment), as `runSubgraph` reads them. */
  subgraphEnv(definition: Pick<SubgraphDefinition, 'name' | 'serviceAccess'>): Record<string, string> {
    return {
      GATEWAY_PUBLIC_KEYS: JSON.stringify(this.gateway.publicJwks),
      SERVICE_SIGNING_KEY: JSON.stringify(this.service(definition.name).privateJwk),
      ...Object.fromEntries(
        Object.keys(definition.serviceAccess ?? {}).map((peer) => [servicePublicKeysVariable(peer), JSON.stringify(this.service(peer).publicJwks)]),
      ),
    };
  }

  /** The key settings of a child-process gateway. */
  gatewayEnv(): Record<string, string> {
    return { GATEWAY_SIGNING_KEY: JSON.stringify(this.gateway.privateJwk) };
  }
}
