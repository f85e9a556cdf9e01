import {
  ConflictError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PlugboardError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
} from '@plugboard/core';
import { formatMessage } from '../messages/formatMessage';
import type { FormMessages } from '../messages/formMessages';

function apiSentence(error: PlugboardError): string | undefined {
  if (typeof error.detail === 'string' && error.detail.trim() !== '') return error.detail;
  return error.message.trim() === '' ? undefined : error.message;
}

/**
 * The sentence a form shows for an error of a save: why it failed in the user's words (the
 * service could not be reached, the session expired, the service had a problem…), never a raw
 * status code. Refusals of specific values point at the highlighted fields; other refusals
 * quote the API's own sentence.
 */
export function apiErrorMessage(error: Error, messages: FormMessages): string {
  if (error instanceof TimeoutError) return messages.errorTimeout;
  if (error instanceof NetworkError) return messages.errorNetwork;
  if (error instanceof UnauthorizedError) return messages.errorSessionExpired;
  if (error instanceof PaymentRequiredError) return messages.errorLimit;
  if (error instanceof NotFoundError) return messages.errorNotFound;
  if (error instanceof ConflictError) return messages.errorConflict;
  if (error instanceof ResponseValidationError) return messages.errorUnexpectedAnswer;
  if (!(error instanceof PlugboardError)) return messages.errorUnknown;
  const status = error.status ?? 0;
  if (status === 403) return messages.errorForbidden;
  if (status === 429) return messages.errorRateLimited;
  if (status >= 500) return messages.errorServer;
  if (status === 400 || status === 422) {
    if (Object.keys(error.fieldErrors).length > 0) return messages.errorFieldsRejected;
    const reason = apiSentence(error);
    return reason ? formatMessage(messages.saveFailed, { reason }) : messages.errorUnknown;
  }
  return messages.errorUnknown;
}
