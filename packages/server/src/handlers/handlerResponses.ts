import {
  NetworkError,
  PlugboardError,
  ResponseValidationError,
  TimeoutError,
} from '@plugboard/core';
import { CodatApiError } from '../codat/CodatApiError';
import { HandlerConfigurationError } from './HandlerConfigurationError';
import type { HandlerErrorReporter } from './RequestHandler';

/** Which upstream API a handler calls, for its error wording. */
export type UpstreamApi = 'Vault' | 'Codat';

/** A JSON answer that no cache keeps: tokens are per user and short-lived. */
export function jsonAnswer(body: unknown, status: number, headers: HeadersInit = {}): Response {
  const answerHeaders = new Headers(headers);
  answerHeaders.set('content-type', 'application/json; charset=utf-8');
  answerHeaders.set('cache-control', 'no-store');
  answerHeaders.set('x-content-type-options', 'nosniff');
  return new Response(JSON.stringify(body), { status, headers: answerHeaders });
}

export function methodNotAllowed(allowed: readonly string[]): Response {
  return jsonAnswer({ error: `Method not allowed. Use ${allowed.join(' or ')}.` }, 405, {
    allow: allowed.join(', '),
  });
}

export function notSignedIn(): Response {
  return jsonAnswer({ error: 'Not signed in.' }, 401);
}

export function internalError(): Response {
  return jsonAnswer({ error: 'Internal server error.' }, 500);
}

/** Our own wording for an upstream status: the upstream body is never echoed. */
function upstreamMessage(api: UpstreamApi, status: number): string {
  if (status === 401) return `The ${api} API refused the server's credentials.`;
  if (status === 402) return `The ${api} account has reached a plan or usage limit.`;
  if (status === 403) return `The ${api} API refused access to this resource.`;
  if (status === 404) {
    return api === 'Codat'
      ? 'Codat found no such company, or the access-token endpoint is gone.'
      : 'The Vault API did not find the application or consumer.';
  }
  if (status === 429) return `The ${api} API is rate limiting requests; try again shortly.`;
  if (status >= 500) return `The ${api} API is unavailable; try again shortly.`;
  return `The ${api} API rejected the request.`;
}

/** One line that says what failed without anything secret: class, status, correlation id. */
function describeSafely(error: unknown): string {
  if (error instanceof HandlerConfigurationError) return `${error.name}: ${error.message}`;
  if (error instanceof CodatApiError) {
    const correlation = error.correlationId ? ` (correlation id ${error.correlationId})` : '';
    return `${error.name} ${error.status ?? ''}${correlation}`.trim();
  }
  if (error instanceof PlugboardError) {
    return error.status === undefined ? error.name : `${error.name} ${error.status}`;
  }
  // Other errors come from the app's resolvers; their messages may hold anything.
  return error instanceof Error ? `${error.name} (pass onError to log details)` : typeof error;
}

/** The default reporter: one `console.error` line naming the handler, never a message from outside. */
export function defaultReporter(handlerName: string): HandlerErrorReporter {
  return (error) => {
    console.error(`@plugboard/server ${handlerName} failed: ${describeSafely(error)}`);
  };
}

/**
 * The answer for a failure after the user was identified: 502/504 for upstream trouble (with the
 * upstream status and, for Codat, the correlation id), 500 for anything else. Every failure
 * except a cancelled request is reported.
 */
export function failureAnswer(
  api: UpstreamApi,
  error: unknown,
  request: Request,
  report: HandlerErrorReporter,
): Response {
  if (request.signal.aborted) {
    // The caller went away; nobody reads this answer.
    return jsonAnswer({ error: 'The request was cancelled.' }, 499);
  }
  report(error, request);
  if (error instanceof ResponseValidationError) {
    return jsonAnswer({ error: `The ${api} API answered in an unexpected shape.` }, 502);
  }
  if (error instanceof TimeoutError) {
    return jsonAnswer({ error: `The ${api} API did not answer in time.` }, 504);
  }
  if (error instanceof NetworkError) {
    return jsonAnswer({ error: `Could not reach the ${api} API.` }, 502);
  }
  if (error instanceof PlugboardError && error.status !== undefined) {
    const correlationId = error instanceof CodatApiError ? error.correlationId : undefined;
    return jsonAnswer(
      {
        error: upstreamMessage(api, error.status),
        status: error.status,
        ...(correlationId ? { correlationId } : {}),
      },
      502,
    );
  }
  return internalError();
}
