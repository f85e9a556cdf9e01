import { PlugboardError } from '../errors/PlugboardError';

function uuidFromRandomBytes(bytes: Uint8Array): string {
  // RFC 9562 version 4 and variant bits, so both sources give the same shape.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A fresh, unguessable nonce (a random UUID) to pass to `buildAuthorizeUrl` and compare with the
 * callback's `nonce`. Uses `crypto.randomUUID`, or `crypto.getRandomValues` where `randomUUID` is
 * missing (browsers outside secure contexts). Throws a `PlugboardError` when neither exists rather
 * than fall back to a guessable source.
 *
 * @example
 * const nonce = createOAuthNonce();
 * sessionStorage.setItem('plugboard:nonce', nonce);
 */
export function createOAuthNonce(): string {
  const crypto: Partial<Crypto> | undefined = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  if (typeof crypto?.getRandomValues === 'function') {
    return uuidFromRandomBytes(crypto.getRandomValues(new Uint8Array(16)));
  }
  throw new PlugboardError('No secure random source (globalThis.crypto) to create an OAuth nonce.');
}
