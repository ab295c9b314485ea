import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLocalJWKSet, decodeJwt, importJWK, jwtVerify, SignJWT, type JWK, type KeyLike } from 'jose';

/**
 * Key material. Every credential inside the system is signed with EdDSA (Ed25519): the gateway
 * signs caller credentials with its private key, each subgraph signs its own service credentials
 * with its own. A verifier holds public keys only, so it can check but never forge.
 *
 * Formats, as configuration carries them: a private key is one JWK (JSON, with `kid`); public keys
 * are a JWK set (`{"keys":[...]}`), one key normally and two while a key is being rotated (the
 * verifier picks the key by the credential's `kid`).
 */
export const SIGNING_ALGORITHM = 'EdDSA';

export interface KeyPair {
  privateJwk: JWK;
  publicJwks: { keys: JWK[] };
}

/** A fresh Ed25519 pair; `kid` is the public key's RFC 7638 thumbprint, so it names the key itself. */
export function generateSigningKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicJwk = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: publicJwk.crv, kty: publicJwk.kty, x: publicJwk.x }))
    .digest('base64url');
  return {
    privateJwk: { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg: SIGNING_ALGORITHM },
    publicJwks: { keys: [{ ...publicJwk, kid, alg: SIGNING_ALGORITHM, use: 'sig' }] },
  };
}

/** A private signing key from configuration (one JWK as JSON); throws with the variable's name. */
export function parsePrivateJwk(json: string, name: string): JWK {
  let jwk: JWK;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    throw new Error(`${name} is not JSON: it must be one private JWK (npm run -s keys prints one).`);
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.kid !== 'string') {
    throw new Error(`${name} must be an Ed25519 private JWK with a kid (npm run -s keys prints one).`);
  }
  return jwk;
}

/** Public keys from configuration (a JWK set as JSON); private members are refused, not ignored. */
export function parsePublicJwks(json: string, name: string): { keys: JWK[] } {
  let set: { keys?: JWK[] };
  try {
    set = JSON.parse(json) as { keys?: JWK[] };
  } catch {
    throw new Error(`${name} is not JSON: it must be a JWK set {"keys":[...]}.`);
  }
  const keys = set.keys;
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > 4) throw new Error(`${name} must be a JWK set with 1 to 4 keys.`);
  for (const key of keys) {
    if (key.kty !== 'OKP' || key.crv !== 'Ed25519' || typeof key.kid !== 'string') throw new Error(`${name}: every key must be Ed25519 with a kid.`);
    if ('d' in key) throw new Error(`${name} holds a private key: give verifiers public keys only.`);
  }
  return { keys };
}

/** Merges key sets (a rotation adds the next key beside the current one). */
export const joinKeySets = (...sets: { keys: JWK[] }[]): { keys: JWK[] } => ({ keys: sets.flatMap((set) => set.keys) });

const PRIVATE_FILE = 'private.jwk.json';
const PUBLIC_FILE = 'public.jwks.json';

/**
 * Outside production, the key pair of `owner` ("gateway", or a subgraph's name) is generated once
 * into `<dir>/<owner>/` and shared by the local processes: nothing secret is committed and a
 * newcomer needs no setup. Created in a temporary folder and renamed, so a process starting at
 * the same time sees either no pair or a whole one.
 */
export function ensureDevelopmentKeyPair(dir: string, owner: string): void {
  const target = resolve(dir, owner);
  if (existsSync(join(target, PUBLIC_FILE))) return;
  mkdirSync(resolve(dir), { recursive: true });
  const pair = generateSigningKeyPair();
  const temporary = resolve(dir, `.${owner}-${randomBytes(6).toString('hex')}`);
  mkdirSync(temporary, { mode: 0o700 });
  writeFileSync(join(temporary, PRIVATE_FILE), JSON.stringify(pair.privateJwk), { mode: 0o600 });
  writeFileSync(join(temporary, PUBLIC_FILE), JSON.stringify(pair.publicJwks));
  try {
    renameSync(temporary, target);
  } catch (error) {
    // Another process created it first: use theirs.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(join(target, PUBLIC_FILE))) throw error;
  }
}

/** The development private key of `owner` (its own process only). */
export function developmentPrivateKey(dir: string, owner: string): JWK {
  ensureDevelopmentKeyPair(dir, owner);
  return parsePrivateJwk(readFileSync(resolve(dir, owner, PRIVATE_FILE), 'utf8'), `${dir}/${owner}/${PRIVATE_FILE}`);
}

/** The development public keys of `owner`, for the processes that verify its credentials. */
export function developmentPublicKeys(dir: string, owner: string): { keys: JWK[] } {
  ensureDevelopmentKeyPair(dir, owner);
  return parsePublicJwks(readFileSync(resolve(dir, owner, PUBLIC_FILE), 'utf8'), `${dir}/${owner}/${PUBLIC_FILE}`);
}

/** Imports a private JWK for signing, keeping its kid for the credential's header. */
export async function signingKey(jwk: JWK): Promise<{ key: KeyLike | Uint8Array; kid: string }> {
  return { key: await importJWK(jwk, SIGNING_ALGORITHM), kid: jwk.kid! };
}

/**
 * Service credentials: "subgraph <self> calls", with no caller, for the event relay and scheduled
 * jobs: the event relay signs with it, and `/events` checks it (with the `serviceAccess` allow-list).
 *
 */
export interface ServiceCredentials {
  /** A credential saying "subgraph <self>" (no caller) for the peer `audience`. */
  sign(audience: string): Promise<string>;
  /** The calling subgraph's name when `token` is a valid service credential addressed to this subgraph, else null. */
  verify(token: string): Promise<string | null>;
}

/** `typ` of service credentials: a caller credential can never pass for one, nor the reverse. */
export const SERVICE_CREDENTIAL_TYPE = 'service+jwt';
const SERVICE_LIFETIME_SECONDS = 120;
const serviceIssuer = (subgraph: string) => `subgraph:${subgraph}`;

export interface ServiceKeysOptions {
  /** This subgraph's name: the issuer of what it signs, the audience of what it accepts. */
  self: string;
  /** This subgraph's own private key. */
  signingKey: JWK;
  /**
   * Public keys of the peers that may call this subgraph with a service credential, by peer name.
   * A key is trusted for its peer only: telephony's key cannot sign as billing.
   */
  trusted: Record<string, { keys: JWK[] }>;
}

/** Key-pair service credentials (EdDSA): a subgraph signs with its own key, verifies its peers' public keys. */
export class ServiceKeys implements ServiceCredentials {
  private readonly key: Promise<{ key: KeyLike | Uint8Array; kid: string }>;
  private readonly peers: Map<string, ReturnType<typeof createLocalJWKSet>>;
  private readonly signed = new Map<string, { token: string; expires: number }>();

  constructor(private readonly options: ServiceKeysOptions) {
    this.key = signingKey(options.signingKey);
    this.peers = new Map(Object.entries(options.trusted).map(([peer, set]) => [peer, createLocalJWKSet(set)]));
  }

  get self(): string {
    return this.options.self;
  }

  async sign(audience: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const cached = this.signed.get(audience);
    if (cached && cached.expires - now > SERVICE_LIFETIME_SECONDS / 2) return cached.token;
    const { key, kid } = await this.key;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: SERVICE_CREDENTIAL_TYPE })
      .setIssuer(serviceIssuer(this.options.self))
      .setSubject(serviceIssuer(this.options.self))
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + SERVICE_LIFETIME_SECONDS)
      .sign(key);
    this.signed.set(audience, { token, expires: now + SERVICE_LIFETIME_SECONDS });
    return token;
  }

  async verify(token: string): Promise<string | null> {
    let claimed: string | undefined;
    try {
      claimed = decodeJwt(token).iss;
    } catch {
      return null;
    }
    // The unverified issuer only picks which peer's keys to try; the signature decides.
    const peer = claimed?.startsWith('subgraph:') ? claimed.slice('subgraph:'.length) : null;
    const keys = peer ? this.peers.get(peer) : undefined;
    if (!peer || !keys) return null;
    try {
      await jwtVerify(token, keys, {
        algorithms: [SIGNING_ALGORITHM],
        issuer: serviceIssuer(peer),
        subject: serviceIssuer(peer),
        audience: this.options.self,
        typ: SERVICE_CREDENTIAL_TYPE,
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: SERVICE_LIFETIME_SECONDS + 60,
      });
      return peer;
    } catch {
      return null;
    }
  }
}
