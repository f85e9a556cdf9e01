import { NetworkError, PlugboardError, TimeoutError } from '../errors/PlugboardError';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  DEFAULT_RETRY_CONFIG,
  isRetryableStatus,
  parseRetryAfter,
  type RetryConfig,
  sleep,
} from './retries';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API call before headers, retries and timeouts are added. */
export interface HttpRequest {
  method: HttpMethod;
  /** Path below the base URL, already encoded, e.g. `/vault/connections/crm/pipedrive`. */
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Sent as JSON when not `undefined`. */
  body?: unknown;
  headers?: HeadersInit;
}

/** Options every operation takes as its last argument. */
export interface RequestOptions {
  /** Overrides the client's retry policy for this call (and enables retries on POST/PATCH). */
  retries?: RetryConfig;
  /** Extra headers for this call. */
  headers?: HeadersInit;
  /** Cancels the call, including waits between retries. */
  signal?: AbortSignal;
  /** Per-attempt time limit in milliseconds. */
  timeoutMs?: number;
  /** Extra `fetch` options (`credentials`, `cache`, `keepalive` …). */
  fetchOptions?: Omit<RequestInit, 'method' | 'body' | 'headers' | 'signal'>;
}

/** The transport's view of a client: where to send, how to authenticate, how to read errors. */
export interface TransportConfig {
  baseUrl: string;
  fetch?: typeof fetch | undefined;
  headers?: HeadersInit | undefined;
  retries?: RetryConfig | undefined;
  /** @default 30000 */
  timeoutMs?: number | undefined;
  fetchOptions?: RequestOptions['fetchOptions'];
  /** Authentication and identity headers, read before every attempt. */
  authHeaders(): Record<string, string>;
  /** Turns a non-2XX answer into the matching typed error. */
  errorFromResponse(response: Response, body: unknown): PlugboardError;
}

/** A 2XX answer and its body, parsed as JSON when it is JSON (`undefined` when empty). */
export interface HttpResult {
  response: Response;
  body: unknown;
  /** The body's text when it is not valid JSON. */
  text: string;
  /** False when the body was non-empty and not valid JSON. */
  isJson: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'DELETE', 'PUT']);

function buildUrl(baseUrl: string, request: HttpRequest): string {
  const url = new URL(
    request.path.replace(/^\//, ''),
    baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
  );
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function mergeHeaders(...sources: Array<HeadersInit | undefined>): Headers {
  const headers = new Headers();
  for (const source of sources) {
    if (!source) continue;
    new Headers(source).forEach((value, key) => {
      headers.set(key, value);
    });
  }
  return headers;
}

async function readBody(response: Response): Promise<Omit<HttpResult, 'response'>> {
  const text = response.status === 204 ? '' : await response.text();
  if (text.trim() === '') return { body: undefined, text, isJson: true };
  try {
    return { body: JSON.parse(text) as unknown, text, isJson: true };
  } catch {
    return { body: text, text, isJson: false };
  }
}

class AttemptTimeout extends Error {}

/** One attempt: fetch and read the body within `timeoutMs`, honouring the caller's signal. */
async function attempt(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<HttpResult> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new AttemptTimeout()), timeoutMs);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const body = await readBody(response);
    return { response, ...body };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (controller.signal.reason instanceof AttemptTimeout) {
      throw new TimeoutError(`No answer from ${new URL(url).host} within ${timeoutMs} ms.`, {
        cause: error,
      });
    }
    throw new NetworkError(
      `Could not reach ${new URL(url).host}: ${(error as Error)?.message ?? error}`,
      {
        cause: error,
      },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends one request with the client's headers, per-attempt timeouts and retries, and returns the
 * 2XX answer. Non-2XX answers throw the typed error `errorFromResponse` builds; network failures
 * throw `NetworkError`, time-outs `TimeoutError`; an aborted signal rethrows its reason.
 *
 * By default only idempotent methods (GET, PUT, DELETE) are retried; pass `options.retries` to
 * retry any call.
 */
export async function sendRequest(
  config: TransportConfig,
  request: HttpRequest,
  options: RequestOptions = {},
): Promise<HttpResult> {
  const fetchImpl = config.fetch ?? globalThis.fetch.bind(globalThis);
  const url = buildUrl(config.baseUrl, request);
  const retries: RetryConfig =
    options.retries ??
    (IDEMPOTENT_METHODS.has(request.method)
      ? (config.retries ?? DEFAULT_RETRY_CONFIG)
      : { strategy: 'none' });
  const backoff = {
    ...DEFAULT_BACKOFF,
    ...(retries.strategy === 'backoff' ? retries.backoff : undefined),
  };
  const retryConnectionErrors =
    retries.strategy === 'backoff' && retries.retryConnectionErrors !== false;
  const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const startedAt = Date.now();

  for (let attemptIndex = 0; ; attemptIndex++) {
    const headers = mergeHeaders(
      { accept: 'application/json' },
      request.body === undefined ? undefined : { 'content-type': 'application/json' },
      config.headers,
      request.headers,
      options.headers,
      config.authHeaders(),
    );
    const init: RequestInit = {
      ...config.fetchOptions,
      ...options.fetchOptions,
      method: request.method,
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
    };

    let failure: PlugboardError;
    let wait = backoffDelay(attemptIndex, backoff);
    const result = await attempt(fetchImpl, url, init, timeoutMs, options.signal).catch(
      (error: unknown) => {
        // No HTTP answer: a network failure or a time-out may be tried again.
        if (
          retryConnectionErrors &&
          (error instanceof NetworkError || error instanceof TimeoutError)
        ) {
          return error;
        }
        throw error;
      },
    );
    if (result instanceof PlugboardError) {
      failure = result;
    } else {
      if (result.response.ok) return result;
      failure = config.errorFromResponse(result.response, result.body);
      if (retries.strategy !== 'backoff' || !isRetryableStatus(result.response.status))
        throw failure;
      wait = parseRetryAfter(result.response.headers.get('retry-after')) ?? wait;
    }
    if (Date.now() - startedAt + wait > backoff.maxElapsedTime) throw failure;
    await sleep(wait, options.signal);
  }
}
