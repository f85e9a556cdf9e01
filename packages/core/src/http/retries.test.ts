import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, isRetryableStatus, parseRetryAfter } from './retries';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows by the exponent within ±25% jitter and stops at maxInterval', () => {
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0)).toBe(375);
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 1)).toBe(625);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(1125);
    expect(backoffDelay(20, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.maxInterval);
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 429 and 5XX only', () => {
    expect([408, 429, 500, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 404, 409, 422, 200].some(isRetryableStatus)).toBe(false);
  });
});
