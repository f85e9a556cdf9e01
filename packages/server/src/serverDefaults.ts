/**
 * Per-attempt time limit of the server's upstream calls, in milliseconds (each option `timeoutMs`
 * overrides it).
 * @example
 * createSession({ apiKey, appId, consumerId, timeoutMs: DEFAULT_SERVER_TIMEOUT_MS * 2 });
 */
export const DEFAULT_SERVER_TIMEOUT_MS = 10_000;
