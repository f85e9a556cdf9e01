import { PlugboardError, type PlugboardErrorOptions } from '../errors/PlugboardError';

/**
 * Thrown instead of opening or redirecting to a URL that `isSafeUrl` refuses. The message names
 * the input (`authorize_url`, `revoke_url`, `redirect_uri`) but not the URL itself, which may
 * carry a state token.
 */
export class UnsafeUrlError extends PlugboardError {
  override name = 'UnsafeUrlError';
  /** Which input was refused, e.g. `redirect_uri`. */
  readonly field: string;

  constructor(field: string, options: PlugboardErrorOptions = {}) {
    super(
      `Refused ${field}: it must be an absolute https URL without credentials, or be on an allowed origin.`,
      options,
    );
    this.field = field;
  }
}
