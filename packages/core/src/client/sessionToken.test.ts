import { describe, expect, it } from 'vitest';
import { testSessionToken } from '../../test/testSession';
import { decodeSessionToken, sessionExpiresIn } from './sessionToken';

describe('decodeSessionToken', () => {
  it('reads the claims, including UTF-8 text', () => {
    const token = testSessionToken({
      consumer_metadata: { account_name: 'Zürich Café ☕' },
      settings: { allow_actions: ['delete'] },
    });
    const claims = decodeSessionToken(token);
    expect(claims?.application_id).toBe('app-from-claims');
    expect(claims?.consumer_metadata?.account_name).toBe('Zürich Café ☕');
    expect(claims?.settings?.allow_actions).toEqual(['delete']);
  });

  it('rejects what is not a JWT or has claims of the wrong type', () => {
    expect(decodeSessionToken('abc')).toBeUndefined();
    expect(decodeSessionToken('a.%%%.c')).toBeUndefined();
    expect(decodeSessionToken(testSessionToken({ exp: 'tomorrow' }))).toBeUndefined();
    expect(
      decodeSessionToken(testSessionToken({ settings: { allow_actions: 'delete' } })),
    ).toBeUndefined();
  });

  it('tells how long until the session expires', () => {
    expect(sessionExpiresIn({ exp: 1_000 }, 400_000)).toBe(600_000);
    expect(sessionExpiresIn({})).toBeUndefined();
  });
});
