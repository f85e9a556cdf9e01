import { PlugboardError } from '../errors/PlugboardError';

/** What an `OAuthProviderError` is made from; an `error` result of `parseOAuthCallback` fits. */
export interface OAuthProviderErrorInit {
  /** The callback's `error_type`, e.g. `access_denied`. */
  errorType: string;
  /** The callback's `error_message`; becomes the error's message. */
  errorMessage: string;
  /** The callback's `service_id`, when it named the connector. */
  serviceId?: string | undefined;
  cause?: unknown;
}

/**
 * The OAuth flow came back with an error (`?error_type=…&error_message=…&service_id=…` on the
 * redirect URI), e.g. the user denied access at the provider.
 *
 * @example
 * const callback = parseOAuthCallback(pageUrl);
 * if (callback.type === 'error') throw new OAuthProviderError(callback);
 */
export class OAuthProviderError extends PlugboardError {
  override name = 'OAuthProviderError';
  readonly errorType: string;
  readonly serviceId: string | undefined;

  constructor(init: OAuthProviderErrorInit) {
    super(init.errorMessage, { cause: init.cause });
    this.errorType = init.errorType;
    this.serviceId = init.serviceId;
  }
}
