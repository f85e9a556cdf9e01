/** What every Plugboard error carries; API errors fill in the HTTP parts. */
export interface PlugboardErrorOptions {
  status?: number | undefined;
  typeName?: string | undefined;
  detail?: unknown;
  ref?: string | undefined;
  body?: unknown;
  response?: Response | undefined;
  fieldErrors?: Record<string, string> | undefined;
  cause?: unknown;
}

/**
 * The base of every error Plugboard throws. HTTP errors keep the status, the API's `type_name`,
 * `message`, `detail` and `ref`, the raw body and the response; `fieldErrors` maps form-field ids
 * to messages when the API named the fields at fault.
 */
export class PlugboardError extends Error {
  override name = 'PlugboardError';
  readonly status: number | undefined;
  readonly typeName: string | undefined;
  readonly detail: unknown;
  readonly ref: string | undefined;
  readonly body: unknown;
  readonly response: Response | undefined;
  readonly fieldErrors: Record<string, string>;

  constructor(message: string, options: PlugboardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.typeName = options.typeName;
    this.detail = options.detail;
    this.ref = options.ref;
    this.body = options.body;
    this.response = options.response;
    this.fieldErrors = options.fieldErrors ?? {};
  }
}

/** 400: the request was not valid; `fieldErrors` names the fields when the API did. */
export class BadRequestError extends PlugboardError {
  override name = 'BadRequestError';
}

/** 401: the credentials were refused. `isSessionExpired` is true when the session JWT expired. */
export class UnauthorizedError extends PlugboardError {
  override name = 'UnauthorizedError';
  get isSessionExpired(): boolean {
    const detail = typeof this.detail === 'string' ? this.detail : '';
    return /invalid authorization token|expired/i.test(detail);
  }
}

/** 402: the account reached a request limit or plan limit. */
export class PaymentRequiredError extends PlugboardError {
  override name = 'PaymentRequiredError';
}

/** 404: the connection, connector or resource does not exist. */
export class NotFoundError extends PlugboardError {
  override name = 'NotFoundError';
}

/** 409: the request conflicts with the current state. */
export class ConflictError extends PlugboardError {
  override name = 'ConflictError';
}

/** 422: the request was understood but cannot be processed; `fieldErrors` names the fields. */
export class UnprocessableError extends PlugboardError {
  override name = 'UnprocessableError';
}

/** Any other 4XX or 5XX answer. */
export class ApiError extends PlugboardError {
  override name = 'ApiError';
}

/** The request never got an HTTP answer (offline, DNS, refused, reset). */
export class NetworkError extends PlugboardError {
  override name = 'NetworkError';
}

/** No answer came within `timeoutMs`. */
export class TimeoutError extends PlugboardError {
  override name = 'TimeoutError';
}

/** A success response whose body is not the documented shape. `issues` says where it differs. */
export class ResponseValidationError extends PlugboardError {
  override name = 'ResponseValidationError';
  readonly issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
  constructor(
    message: string,
    options: PlugboardErrorOptions & {
      issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
    },
  ) {
    super(message, options);
    this.issues = options.issues;
  }
}
