import { randomId } from '../crypto/tokenSigner';
import { jsonResponse } from '../http/jsonResponse';
import type { CodatErrorMessage } from './codatTypes';

const MESSAGES: Record<number, string> = {
  400: 'Error parsing query - Malformed query.',
  401: 'Unauthorized',
  402: 'You have exceeded the 50-company limit that applies to a Free plan. We recommend that you delete any companies you no longer need and retry the request.',
  403: 'You are using an outdated API key or a key not associated with that resource.',
  404: 'One or more of the resources you referenced could not be found.',
  409: 'The request conflicts with the current state of the resource.',
  422: 'Error processing request - not valid.',
  429: 'You have made too many requests in a given amount of time; please retry later.',
  500: 'There is a problem with our server. Please try again later.',
  503: 'The Codat API is temporarily offline for maintenance. Please try again later.',
};

/** A Codat `ErrorMessage` body. `canBeRetried` is a string, as Codat sends it. */
export function codatErrorBody(
  status: number,
  overrides: {
    error?: string;
    service?: string;
    validationErrors?: Array<{ itemId?: string; message: string }>;
  } = {},
): CodatErrorMessage {
  const retryable = status === 429 || status >= 500;
  return {
    statusCode: status,
    service: overrides.service ?? 'PublicApi',
    error:
      overrides.error ??
      MESSAGES[status] ??
      (status >= 500 ? (MESSAGES[500] as string) : `HTTP ${status}`),
    correlationId: randomId().replace(/-/g, ''),
    validation: overrides.validationErrors
      ? {
          errors: overrides.validationErrors.map((item) => ({
            itemId: item.itemId ?? null,
            message: item.message,
            validatorName: 'Sandbox',
          })),
          warnings: [],
        }
      : null,
    canBeRetried: retryable ? 'True' : 'False',
    detailedErrorCode: 0,
  };
}

/** A Codat error response; 429 and 503 carry `Retry-After`. */
export function codatErrorResponse(
  status: number,
  overrides: Parameters<typeof codatErrorBody>[1] & { retryAfter?: string } = {},
): Response {
  const headers = new Headers();
  const retryAfter = overrides.retryAfter ?? (status === 429 || status === 503 ? '1' : undefined);
  if (retryAfter !== undefined) headers.set('retry-after', retryAfter);
  return jsonResponse(codatErrorBody(status, overrides), status, headers);
}
