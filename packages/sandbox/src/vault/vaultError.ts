import { jsonResponse } from '../http/jsonResponse';

/** A Vault error body, exactly as the Vault API sends it. */
export interface VaultErrorBody {
  status_code: number;
  error: string;
  type_name: string;
  message: string;
  detail: string | Record<string, unknown>;
  ref: string;
}

/** Field-level problems, in the Vault's style: each entry names a form field id. */
export interface FieldProblems {
  missing?: Array<Record<string, string>>;
  invalid?: Array<Record<string, string>>;
}

const DEFAULTS: Record<
  number,
  { error: string; typeName: string; message: string; detail: string }
> = {
  400: {
    error: 'Bad Request',
    typeName: 'RequestValidationError',
    message: 'Invalid Params',
    detail: 'Invalid request, please verify your request body and parameters.',
  },
  401: {
    error: 'Unauthorized',
    typeName: 'UnauthorizedError',
    message: 'Unauthorized Request',
    detail: 'Invalid Authorization Token',
  },
  402: {
    error: 'Payment Required',
    typeName: 'RequestLimitError',
    message: 'Request Limit Reached',
    detail: 'You have reached your limit of 2000',
  },
  403: {
    error: 'Forbidden',
    typeName: 'ForbiddenError',
    message: 'Forbidden',
    detail: 'You are not allowed to perform this action.',
  },
  404: {
    error: 'Not Found',
    typeName: 'EntityNotFoundError',
    message: 'Unknown Entity',
    detail: 'The requested entity could not be found.',
  },
  409: {
    error: 'Conflict',
    typeName: 'ConflictError',
    message: 'Conflict',
    detail: 'The request conflicts with the current state of the resource.',
  },
  422: {
    error: 'Unprocessable Entity',
    typeName: 'InvalidStateError',
    message: 'Invalid State',
    detail: 'Unprocessable request, please verify your request headers and body.',
  },
  429: {
    error: 'Too Many Requests',
    typeName: 'TooManyRequestsError',
    message: 'Too Many Requests',
    detail: 'You have made too many requests in a given amount of time; please retry later.',
  },
  500: {
    error: 'Internal Server Error',
    typeName: 'UnknownError',
    message: 'Unknown Error',
    detail: 'An unexpected error occurred.',
  },
  501: {
    error: 'Not Implemented',
    typeName: 'NotImplementedError',
    message: 'Not Implemented',
    detail: 'This operation is not implemented by the sandbox.',
  },
  502: {
    error: 'Bad Gateway',
    typeName: 'ConnectorExecutionError',
    message: 'Bad Gateway',
    detail: 'The downstream service returned an invalid response.',
  },
  503: {
    error: 'Service Unavailable',
    typeName: 'ServiceUnavailableError',
    message: 'Service Unavailable',
    detail: 'The service is temporarily unavailable; please retry later.',
  },
  504: {
    error: 'Gateway Timeout',
    typeName: 'ConnectorTimeoutError',
    message: 'Gateway Timeout',
    detail: 'The downstream service did not answer in time.',
  },
};

function fallbackFor(status: number) {
  return (DEFAULTS[status] ??
    (status >= 500
      ? { ...DEFAULTS[500], error: `HTTP ${status}` }
      : { ...DEFAULTS[400], error: `HTTP ${status}` })) as {
    error: string;
    typeName: string;
    message: string;
    detail: string;
  };
}

/** Builds a Vault error body; anything not given takes the spec's wording for the status. */
export function vaultErrorBody(
  status: number,
  overrides: { typeName?: string; message?: string; detail?: string | FieldProblems } = {},
): VaultErrorBody {
  const fallback = fallbackFor(status);
  const typeName = overrides.typeName ?? fallback.typeName;
  return {
    status_code: status,
    error: fallback.error,
    type_name: typeName,
    message: overrides.message ?? fallback.message,
    detail: (overrides.detail as VaultErrorBody['detail'] | undefined) ?? fallback.detail,
    ref: `https://developers.apideck.com/errors#${typeName.toLowerCase()}`,
  };
}

/** A Vault error response. */
export function vaultErrorResponse(
  status: number,
  overrides: {
    typeName?: string;
    message?: string;
    detail?: string | FieldProblems;
    headers?: HeadersInit;
  } = {},
): Response {
  return jsonResponse(vaultErrorBody(status, overrides), status, overrides.headers);
}

/** 400 RequestHeadersValidationError for a missing header, worded like the spec's example. */
export function missingHeaderResponse(header: string): Response {
  return vaultErrorResponse(400, {
    typeName: 'RequestHeadersValidationError',
    detail: `Missing Header: ${header}`,
  });
}

/** 400 RequestValidationError naming the fields in the Vault's `{missing, invalid}` style. */
export function fieldProblemsResponse(
  status: 400 | 422,
  problems: FieldProblems,
  message?: string,
): Response {
  return vaultErrorResponse(status, {
    typeName: status === 400 ? 'RequestValidationError' : 'UnprocessableEntityError',
    message: message ?? (status === 400 ? 'Invalid Params' : 'Unprocessable Entity'),
    detail: problems,
  });
}
