import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlugboardError } from '../errors/PlugboardError';
import { createOAuthNonce } from './createOAuthNonce';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createOAuthNonce', () => {
  it('returns a different random UUID each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createOAuthNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(UUID_V4);
  });

  it('uses crypto.randomUUID when it exists', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '00000000-0000-4000-8000-000000000000' });
    expect(createOAuthNonce()).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('falls back to crypto.getRandomValues, still shaped as a v4 UUID', () => {
    vi.stubGlobal('crypto', {
      getRandomValues: (bytes: Uint8Array) => {
        bytes.fill(0xff);
        return bytes;
      },
    });
    expect(createOAuthNonce()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('refuses to invent a nonce without a secure random source', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => createOAuthNonce()).toThrow(PlugboardError);
  });
});
