/** Exponential backoff settings, in milliseconds (the shape the official SDKs' `RetryConfig` has). */
export interface BackoffStrategy {
  /** First wait. @default 500 */
  initialInterval: number;
  /** Longest single wait. @default 8000 */
  maxInterval: number;
  /** Growth factor between waits. @default 1.5 */
  exponent: number;
  /** Give up once this much time has passed since the first attempt. @default 30000 */
  maxElapsedTime: number;
}

/**
 * How a request is retried. `backoff` retries 408, 429 and 5XX answers (and, with
 * `retryConnectionErrors`, network failures and timeouts) with jittered exponential waits,
 * honouring `Retry-After`.
 *
 * @example
 * { strategy: 'backoff', backoff: { initialInterval: 200, maxElapsedTime: 5000 }, retryConnectionErrors: true }
 */
export type RetryConfig =
  | { strategy: 'none' }
  | {
      strategy: 'backoff';
      backoff?: Partial<BackoffStrategy>;
      /** Retry when no HTTP answer came (offline, reset, timeout). @default true */
      retryConnectionErrors?: boolean;
    };

export const DEFAULT_BACKOFF: BackoffStrategy = {
  initialInterval: 500,
  maxInterval: 8000,
  exponent: 1.5,
  maxElapsedTime: 30_000,
};

export const DEFAULT_RETRY_CONFIG: RetryConfig = {
  strategy: 'backoff',
  backoff: DEFAULT_BACKOFF,
  retryConnectionErrors: true,
};

/** True for the statuses worth another try: 408, 429 and every 5XX. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds a `Retry-After` header asks to wait: delta-seconds or an HTTP date.
 * Returns `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The wait before attempt `attempt + 1` (0-based), with ±25% jitter, capped at `maxInterval`. */
export function backoffDelay(
  attempt: number,
  backoff: BackoffStrategy,
  random = Math.random,
): number {
  const base = Math.min(backoff.maxInterval, backoff.initialInterval * backoff.exponent ** attempt);
  const jittered = base * (0.75 + random() * 0.5);
  return Math.round(Math.min(backoff.maxInterval, jittered));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
