import { PlugboardError, type PlugboardErrorOptions } from '@plugboard/core';
import type { CodatConnectionsErrorArgs } from './codatConnectionsSdk';

/**
 * What went wrong: `token` (`getAccessToken` failed), `sdk-load` (the SDK module could not be
 * loaded), `sdk` (the SDK reported an error or failed to start), `iframe` (the page is framed),
 * `container` (no element to mount into).
 */
export type CodatLauncherErrorReason = 'token' | 'sdk-load' | 'sdk' | 'iframe' | 'container';

export interface CodatLauncherErrorOptions extends PlugboardErrorOptions {
  reason: CodatLauncherErrorReason;
  correlationId?: string | undefined;
  /** @default true */
  userRecoverable?: boolean | undefined;
  errorCode?: number | string | undefined;
}

function correlationIdOf(cause: unknown): string | undefined {
  if (!cause || typeof cause !== 'object') return undefined;
  const direct = (cause as { correlationId?: unknown }).correlationId;
  if (typeof direct === 'string') return direct;
  const body = (cause as { body?: unknown }).body;
  const nested =
    body && typeof body === 'object'
      ? (body as { correlationId?: unknown }).correlationId
      : undefined;
  return typeof nested === 'string' ? nested : undefined;
}

/**
 * An error of the Codat connections launcher. `correlationId` is Codat's id for the failed request
 * (quote it to Codat's support), `userRecoverable` says whether trying again can help, and
 * `errorCode` is the SDK's code (the HTTP status when there was one).
 */
export class CodatLauncherError extends PlugboardError {
  override name = 'CodatLauncherError';
  readonly reason: CodatLauncherErrorReason;
  readonly correlationId: string | undefined;
  readonly userRecoverable: boolean;
  readonly errorCode: number | string | undefined;

  constructor(message: string, options: CodatLauncherErrorOptions) {
    super(message, options);
    this.reason = options.reason;
    this.correlationId = options.correlationId ?? correlationIdOf(options.cause);
    this.userRecoverable = options.userRecoverable ?? true;
    this.errorCode = options.errorCode;
  }

  /** The error for what the SDK passed to `onError`. */
  static fromSdkError(args: CodatConnectionsErrorArgs): CodatLauncherError {
    const status = typeof args.errorCode === 'number' ? args.errorCode : undefined;
    return new CodatLauncherError(args.message || 'The Codat Connections SDK reported an error.', {
      reason: 'sdk',
      correlationId: args.correlationId,
      userRecoverable: args.userRecoverable,
      errorCode: args.errorCode,
      status,
      detail: args,
    });
  }
}

/** Whether an SDK error says the access token expired (HTTP 401, or a code naming expiry). */
export function isCodatTokenExpiredError(args: CodatConnectionsErrorArgs): boolean {
  const code = args.errorCode;
  return code === 401 || code === '401' || (typeof code === 'string' && /expired/i.test(code));
}
