import { createClient, uploadWith, type Request, type Upload } from '../client';

/** The gateway the app calls from its own origin (listed in the gateway's CORS_ORIGINS). */
export const GATEWAY_URL: string = import.meta.env.VITE_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

const KEY = 'customer-area.token';

/** The bearer token lives for the tab only (sessionStorage): it survives the 3-D Secure round trip, not the browser. */
export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  signIn: (token: string) => sessionStorage.setItem(KEY, token),
  signOut: () => sessionStorage.removeItem(KEY),
  request: (): Request => createClient({ endpoint: GATEWAY_URL, token: sessionStorage.getItem(KEY) ?? '' }),
  upload: (): Upload => uploadWith({ endpoint: GATEWAY_URL, token: sessionStorage.getItem(KEY) ?? '' }),
  /** A path the API answers on its own origin (signed document links). */
  apiUrl: (path: string): string => new URL(path, GATEWAY_URL).toString(),
};
