import { PlugboardError, type PlugboardErrorOptions } from '@plugboard/core';

/** One entry of a Codat `ErrorMessage.validation` list. */
export interface CodatValidationItem {
  itemId?: string | null;
  message?: string | null;
  validatorName?: string | null;
}

/** Codat's `ErrorMessage.validation`: what its validators decided. */
export interface CodatValidation {
  errors?: CodatValidationItem[] | null;
  warnings?: CodatValidationItem[] | null;
}

/** The Codat-specific parts of a {@link CodatApiError}, read from Codat's `ErrorMessage` body. */
export interface CodatApiErrorOptions extends PlugboardErrorOptions {
  correlationId?: string | undefined;
  canBeRetried?: string | undefined;
  detailedErrorCode?: number | undefined;
  validation?: CodatValidation | null | undefined;
  service?: string | undefined;
}

/**
 * A non-2XX answer from Codat. `status` is the HTTP status (trusted over the body's
 * `statusCode`); `correlationId` identifies the failure for Codat's support; `body` and `response`
 * are the raw answer. Neither the message, `toString()` nor `JSON.stringify()` carry the API key.
 *
 * @example
 * try {
 *   await getCompanyAccessToken(companyId, { apiKey: process.env.CODAT_API_KEY! });
 * } catch (error) {
 *   if (error instanceof CodatApiError && error.status === 404) {
 *     // unknown company (or the deprecated endpoint is gone)
 *   }
 *   throw error;
 * }
 */
export class CodatApiError extends PlugboardError {
  override name = 'CodatApiError';
  /** The body's `correlationId`: quote it to Codat's support. */
  readonly correlationId: string | undefined;
  /** The body's `canBeRetried` as Codat sends it: the text `True` or `False`. See `isRetryable`. */
  readonly canBeRetried: string | undefined;
  /** Codat's machine-readable `detailedErrorCode`. */
  readonly detailedErrorCode: number | undefined;
  /** Codat's validation errors and warnings, when it sent any. */
  readonly validation: CodatValidation | null | undefined;
  /** The Codat service that answered (`service`), e.g. `PublicApi`. */
  readonly service: string | undefined;

  constructor(message: string, options: CodatApiErrorOptions = {}) {
    super(message, options);
    this.correlationId = options.correlationId;
    this.canBeRetried = options.canBeRetried;
    this.detailedErrorCode = options.detailedErrorCode;
    this.validation = options.validation;
    this.service = options.service;
  }

  /** True when Codat said the failure was transient (`canBeRetried: "True"`, any case). */
  get isRetryable(): boolean {
    return this.canBeRetried?.trim().toLowerCase() === 'true';
  }

  /** A loggable summary: no response object, no request headers, no key. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      service: this.service,
      correlationId: this.correlationId,
      canBeRetried: this.canBeRetried,
      detailedErrorCode: this.detailedErrorCode,
      validation: this.validation,
    };
  }
}
