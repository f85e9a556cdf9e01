import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeUrl } from './safeUrl';

const LOCAL = { allowedOrigins: ['http://127.0.0.1:4010', 'http://localhost:6006/'] };

describe('isSafeUrl', () => {
  it.each([
    'https://unify.apideck.com/vault/authorize/salesforce/app?state=abc',
    'https://example.com',
    'HTTPS://EXAMPLE.COM/Path',
    'https://example.com:8443/x#frag',
    'https://[::1]/',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case with spaces', '  JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['data: image', 'data:image/png;base64,iVBORw0KGgo='],
    ['http:', 'http://example.com/'],
    ['ftp:', 'ftp://example.com/file'],
    ['a custom scheme', 'myapp://callback'],
    ['a relative path', '/vault/authorize/x'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a bare host', 'example.com'],
    ['malformed', 'https://'],
    ['malformed host', 'https://exa mple.com'],
    ['the empty string', ''],
    ['user and password', 'https://user:pass@example.com/'],
    ['a user only', 'https://user@example.com/'],
    ['a password only', 'https://:secret@example.com/'],
  ])('rejects %s', (_case, url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['https://example.com']])(
    'rejects the non-string %j',
    (value) => {
      expect(isSafeUrl(value)).toBe(false);
    },
  );

  it('accepts a URL object', () => {
    expect(isSafeUrl(new URL('https://example.com'))).toBe(true);
  });

  describe('allowedOrigins', () => {
    it('accepts http on an allow-listed origin, with any path', () => {
      expect(isSafeUrl('http://127.0.0.1:4010/vault/authorize/x?state=1', LOCAL)).toBe(true);
      expect(isSafeUrl('http://localhost:6006/iframe.html', LOCAL)).toBe(true);
    });

    it('matches the origin exactly: scheme, host and port', () => {
      expect(isSafeUrl('http://127.0.0.1:4011/', LOCAL)).toBe(false);
      expect(isSafeUrl('http://127.0.0.1/', LOCAL)).toBe(false);
      expect(isSafeUrl('http://localhost:4010/', LOCAL)).toBe(false);
      expect(isSafeUrl('http://127.0.0.1:4010.evil.example/', LOCAL)).toBe(false);
      expect(isSafeUrl('http://evil.example/?http://127.0.0.1:4010', LOCAL)).toBe(false);
    });

    it('still rejects credentials on an allow-listed origin', () => {
      expect(isSafeUrl('http://user:pass@127.0.0.1:4010/', LOCAL)).toBe(false);
    });

    it('cannot allow opaque origins or malformed entries', () => {
      const options = {
        allowedOrigins: ['null', 'javascript:alert(1)', 'data:text/plain,x', 'not a url'],
      };
      expect(isSafeUrl('javascript:alert(1)', options)).toBe(false);
      expect(isSafeUrl('data:text/plain,x', options)).toBe(false);
    });

    it('does not accept http without an allow-list entry', () => {
      expect(isSafeUrl('http://127.0.0.1:4010/', { allowedOrigins: [] })).toBe(false);
    });
  });
});

describe('safeUrl', () => {
  it('returns the normalised URL when safe', () => {
    expect(safeUrl('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(safeUrl('http://localhost:6006', LOCAL)).toBe('http://localhost:6006/');
    expect(safeUrl('https://cdn.example.com/logo with space.png')).toBe(
      'https://cdn.example.com/logo%20with%20space.png',
    );
  });

  it('returns undefined when not safe', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('http://example.com/logo.png')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
