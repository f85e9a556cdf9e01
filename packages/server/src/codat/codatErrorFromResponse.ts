import { CodatApiError, type CodatValidation } from './CodatApiError';

/** What a Codat failure was about, to word its message. */
export interface CodatErrorContext {
  companyId?: string;
  endpoint?: 'company' | 'connectionManagement';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function statusMessage(status: number, context: CodatErrorContext): string {
  switch (status) {
    case 400:
      return 'Codat rejected the request as malformed (400).';
    case 401:
      return 'Codat refused the API key (401): check CODAT_API_KEY.';
    case 402:
      return "Codat requires payment (402): the account has reached its plan's limits.";
    case 403:
      return 'Codat refused access (403): the API key is outdated or may not reach this company.';
    case 404: {
      const company = context.companyId ? ` ${context.companyId}` : '';
      return context.endpoint === 'connectionManagement'
        ? `Codat found no company${company}, or the deprecated connectionManagement access-token endpoint is gone (404; Codat announced its removal after 2026-10-12 — use endpoint 'company').`
        : `Codat found no company${company} (404).`;
    }
    case 429:
      return 'Codat is rate limiting this API key (429): retry after the Retry-After delay.';
    case 500:
      return 'Codat had an internal error (500).';
    case 503:
      return 'Codat is temporarily unavailable (503).';
    default:
      return status >= 500
        ? `Codat failed with status ${status}.`
        : `Codat refused the request with status ${status}.`;
  }
}

/**
 * Builds the {@link CodatApiError} for a Codat error answer from its `ErrorMessage` body. The HTTP
 * status decides `status` and the message; the body's fields are kept when present, and the raw
 * body always is. `getCompanyAccessToken` uses it; use it for other Codat calls made with core's
 * `sendRequest`.
 *
 * @example
 * const result = await sendRequest(
 *   { baseUrl: 'https://api.codat.io', authHeaders, errorFromResponse: codatErrorFromResponse },
 *   { method: 'GET', path: `/companies/${companyId}` },
 * );
 */
export function codatErrorFromResponse(
  response: Response,
  body: unknown,
  context: CodatErrorContext = {},
): CodatApiError {
  const errorBody = isRecord(body) ? body : {};
  const correlationId = textOf(errorBody.correlationId);
  const codatSays = textOf(errorBody.error);
  const canBeRetried =
    typeof errorBody.canBeRetried === 'string' || typeof errorBody.canBeRetried === 'boolean'
      ? String(errorBody.canBeRetried)
      : undefined;
  const message = [
    statusMessage(response.status, context),
    codatSays ? `Codat says: ${codatSays}` : undefined,
    correlationId ? `Correlation id: ${correlationId}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return new CodatApiError(message, {
    status: response.status,
    detail: codatSays,
    body,
    response,
    correlationId,
    canBeRetried,
    detailedErrorCode:
      typeof errorBody.detailedErrorCode === 'number' ? errorBody.detailedErrorCode : undefined,
    validation: isRecord(errorBody.validation)
      ? (errorBody.validation as CodatValidation)
      : errorBody.validation === null
        ? null
        : undefined,
    service: textOf(errorBody.service),
  });
}
