import {
  NetworkError,
  OAuthProviderError,
  PlugboardError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
} from '@plugboard/react';
import { formatMessage } from '../messages/formatMessage';
import type { PageMessages } from '../messages/pageMessages';

function apiReason(error: PlugboardError): string {
  const fieldMessages = Object.entries(error.fieldErrors).map(
    ([field, message]) => `${field}: ${message}`,
  );
  if (fieldMessages.length > 0) return `${error.message}. ${fieldMessages.join('; ')}`;
  // The API's `detail` is usually the sentence a person can act on; `message` is a title.
  if (typeof error.detail === 'string' && error.detail.trim() !== '') {
    return error.detail.startsWith(error.message)
      ? error.detail
      : `${error.message}: ${error.detail}`;
  }
  return error.message;
}

/**
 * One sentence for the person using the page: why something failed and what to do. Network
 * failures, an expired session, an unreadable answer and a refused OAuth consent get their own
 * wording; other API errors show the API's explanation.
 */
export function describeConnectionError(error: unknown, messages: PageMessages): string {
  if (error instanceof NetworkError || error instanceof TimeoutError) return messages.errorNetwork;
  if (error instanceof UnauthorizedError && error.isSessionExpired) {
    return messages.errorSessionExpired;
  }
  // A body that is not JSON, or not the documented shape: the details are for developers.
  if (error instanceof ResponseValidationError) return messages.errorUnexpectedAnswer;
  if (error instanceof OAuthProviderError) {
    return formatMessage(messages.oauthDenied, { reason: error.message || error.errorType });
  }
  if (error instanceof PlugboardError) {
    if (error.status !== undefined && error.status >= 500) {
      return formatMessage(messages.errorServer, { reason: apiReason(error) });
    }
    return error.message ? apiReason(error) : messages.errorUnknown;
  }
  if (error instanceof Error && error.message) return error.message;
  return messages.errorUnknown;
}
