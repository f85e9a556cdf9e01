/**
 * What a signed token is for. Each purpose signs with its own key derived from the secret, so an
 * OAuth `state` can never pass as a session token and the other way round.
 */
export type TokenPurpose =
  | 'session'
  | 'oauth_state'
  | 'consent'
  | 'confirm'
  | 'codat_company'
  | 'codat_connection_management';

/** Signs and verifies HS256 JWTs with the sandbox secret, through `globalThis.crypto.subtle`. */
export interface TokenSigner {
  sign(purpose: TokenPurpose, claims: Record<string, unknown>): Promise<string>;
  /**
   * Like `sign`, remembering the token for identical claims: for tokens handed out again and
   * again, such as the OAuth `state` in every connection of every list response.
   */
  signRemembered(purpose: TokenPurpose, claims: Record<string, unknown>): Promise<string>;
  /** The claims when the signature is right; undefined otherwise. Expiry is left to the caller. */
  verify(purpose: TokenPurpose, token: string): Promise<Record<string, unknown> | undefined>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function base64UrlFromBytes(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function bytesFromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Encodes JSON as base64url, as JWT segments are. */
export function base64UrlJson(value: unknown): string {
  return base64UrlFromBytes(encoder.encode(JSON.stringify(value)));
}

/** Decodes a JWT's claims without checking the signature (for display only). */
export function decodeTokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  const bytes = payload === undefined ? undefined : bytesFromBase64Url(payload);
  if (!bytes) return undefined;
  try {
    const claims: unknown = JSON.parse(decoder.decode(bytes));
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const HEADER = base64UrlJson({ alg: 'HS256', typ: 'JWT' });

/** Creates a signer for one secret. Keys are imported once per purpose and reused. */
export function createTokenSigner(secret: string): TokenSigner {
  const keys = new Map<TokenPurpose, Promise<CryptoKey>>();
  const keyFor = (purpose: TokenPurpose): Promise<CryptoKey> => {
    let key = keys.get(purpose);
    if (!key) {
      // The session key is the secret itself so that sessions are ordinary HS256 JWTs a backend
      // holding the same secret could verify; other purposes get a derived key.
      const material = purpose === 'session' ? secret : `${secret}:${purpose}`;
      key = globalThis.crypto.subtle.importKey(
        'raw',
        encoder.encode(material),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign', 'verify'],
      );
      keys.set(purpose, key);
    }
    return key;
  };

  const sign = async (purpose: TokenPurpose, claims: Record<string, unknown>) => {
    const signingInput = `${HEADER}.${base64UrlJson(claims)}`;
    const signature = await globalThis.crypto.subtle.sign(
      'HMAC',
      await keyFor(purpose),
      encoder.encode(signingInput),
    );
    return `${signingInput}.${base64UrlFromBytes(new Uint8Array(signature))}`;
  };
  const remembered = new Map<string, Promise<string>>();

  return {
    sign,
    signRemembered(purpose, claims) {
      const key = `${purpose}:${JSON.stringify(claims)}`;
      let token = remembered.get(key);
      if (!token) {
        if (remembered.size >= 10_000) remembered.clear();
        token = sign(purpose, claims);
        remembered.set(key, token);
      }
      return token;
    },
    async verify(purpose, token) {
      const parts = token.split('.');
      if (parts.length !== 3) return undefined;
      const [header, payload, signature] = parts as [string, string, string];
      const headerBytes = bytesFromBase64Url(header);
      const signatureBytes = bytesFromBase64Url(signature);
      if (!headerBytes || !signatureBytes) return undefined;
      try {
        const parsedHeader = JSON.parse(decoder.decode(headerBytes)) as { alg?: unknown };
        if (parsedHeader.alg !== 'HS256') return undefined;
      } catch {
        return undefined;
      }
      const valid = await globalThis.crypto.subtle.verify(
        'HMAC',
        await keyFor(purpose),
        signatureBytes,
        encoder.encode(`${header}.${payload}`),
      );
      return valid ? decodeTokenClaims(token) : undefined;
    },
  };
}

/** A random id for tokens, connections and correlation ids. */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}
