import * as z from 'zod/mini';
import { VaultErrorBodySchema } from '../schemas/envelopes';
import { fieldErrorsFromDetail } from './fieldErrors';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PaymentRequiredError,
  type PlugboardError,
  type PlugboardErrorOptions,
  UnauthorizedError,
  UnprocessableError,
} from './PlugboardError';

const ERROR_CLASSES: Record<
  number,
  new (
    message: string,
    options: PlugboardErrorOptions,
  ) => PlugboardError
> = {
  400: BadRequestError,
  401: UnauthorizedError,
  402: PaymentRequiredError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableError,
};

/**
 * Builds the typed error for a Vault error answer. The HTTP status decides the class; the body's
 * `message`, `type_name`, `detail` and `ref` are kept when the body has the documented shape, and
 * the raw body always is.
 */
export function vaultErrorFromResponse(response: Response, body: unknown): PlugboardError {
  const parsed = z.safeParse(VaultErrorBodySchema, body);
  const errorBody = parsed.success ? parsed.data : undefined;
  const message =
    errorBody?.message ||
    errorBody?.error ||
    response.statusText ||
    `The request failed with status ${response.status}.`;
  const ErrorClass = ERROR_CLASSES[response.status] ?? ApiError;
  return new ErrorClass(message, {
    status: response.status,
    typeName: errorBody?.type_name ?? undefined,
    detail: errorBody?.detail ?? undefined,
    ref: errorBody?.ref ?? undefined,
    body,
    response,
    fieldErrors: fieldErrorsFromDetail(errorBody?.detail),
  });
}
