/** Options of `isSafeUrl` and `safeUrl`. */
export interface SafeUrlOptions {
  /**
   * Origins accepted on top of `https:`, compared exactly after normalising (scheme, host and
   * port), for local test servers such as `http://127.0.0.1:4010` or `http://localhost:6006`.
   * @default []
   */
  allowedOrigins?: readonly string[] | undefined;
}

function originOf(value: string): string | undefined {
  try {
    const { origin } = new URL(value);
    // Opaque origins (`data:`, `javascript:`, custom schemes) all serialise to "null".
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function parseSafeUrl(url: unknown, options: SafeUrlOptions): URL | undefined {
  if (typeof url !== 'string' && !(url instanceof URL)) return undefined;
  let parsed: URL;
  try {
    // No base: relative URLs throw and are refused.
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  if (parsed.protocol === 'https:') return parsed;
  const origin = originOf(parsed.href);
  if (origin === undefined) return undefined;
  const allowed = (options.allowedOrigins ?? []).map(originOf);
  return allowed.includes(origin) ? parsed : undefined;
}

/**
 * Whether a URL from an API payload is safe to open, link to or load: an absolute `https:` URL,
 * or one whose origin is in `allowedOrigins`. Refuses `javascript:`, `data:` and other schemes,
 * `http:` (unless allow-listed), relative and malformed URLs, and URLs carrying credentials
 * (`user:pass@`). Never throws.
 *
 * @example
 * isSafeUrl('https://unify.apideck.com/vault/authorize/x'); // true
 * isSafeUrl('http://localhost:6006/cb', { allowedOrigins: ['http://localhost:6006'] }); // true
 * isSafeUrl('javascript:alert(1)'); // false
 */
export function isSafeUrl(url: unknown, options: SafeUrlOptions = {}): boolean {
  return parseSafeUrl(url, options) !== undefined;
}

/**
 * The normalised form of a safe URL (see {@link isSafeUrl}), or `undefined` when it is not safe:
 * ready for an `href` or `src`.
 *
 * @example
 * <img src={safeUrl(connection.logo)} />
 */
export function safeUrl(url: unknown, options: SafeUrlOptions = {}): string | undefined {
  return parseSafeUrl(url, options)?.href;
}
