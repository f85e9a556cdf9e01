/**
 * A handler was set up without what it needs (a key, an app id); the message names the option,
 * never a value. Handlers answer 500 and pass it to `onError`.
 *
 * @example
 * onError: (error) => {
 *   if (error instanceof HandlerConfigurationError) alertOps(error.message);
 * }
 */
export class HandlerConfigurationError extends Error {
  override name = 'HandlerConfigurationError';
}
