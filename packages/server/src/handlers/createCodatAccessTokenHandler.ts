import type { RetryConfig } from '@plugboard/core';
import {
  type CodatAccessTokenEndpoint,
  getCompanyAccessToken,
} from '../codat/getCompanyAccessToken';
import { HandlerConfigurationError } from './HandlerConfigurationError';
import {
  defaultReporter,
  failureAnswer,
  internalError,
  jsonAnswer,
  methodNotAllowed,
  notSignedIn,
} from './handlerResponses';
import type { HandlerErrorReporter, RequestHandler } from './RequestHandler';

const ALLOWED_METHODS = ['GET', 'POST'] as const;

/**
 * Options of {@link createCodatAccessTokenHandler}.
 * @example
 * const options: CodatAccessTokenHandlerOptions = {
 *   apiKey: process.env.CODAT_API_KEY!,
 *   resolveCompanyId: async (request) => (await userFrom(request))?.codatCompanyId,
 * };
 */
export interface CodatAccessTokenHandlerOptions {
  /** Your Codat API key (`CODAT_API_KEY`). Checked on each request, so a build without it still loads. */
  apiKey: string;
  /**
   * The Codat company of whoever is asking, from your own authentication. Return `null` or
   * `undefined` when nobody is signed in or they have no company (the handler answers 401). Never
   * take the company id from the request as it comes: a browser can put anything there.
   */
  resolveCompanyId(
    request: Request,
  ): Promise<string | null | undefined> | string | null | undefined;
  /** @default 'company' */
  endpoint?: CodatAccessTokenEndpoint;
  /** @default 'https://api.codat.io' */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** @default DEFAULT_CODAT_RETRIES (at most 4 s in all) */
  retries?: RetryConfig;
  /** Per-attempt time limit in milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Where 5XX failures are reported. @default a one-line, secret-free `console.error` */
  onError?: HandlerErrorReporter;
}

/**
 * A `GET`/`POST` endpoint that gets a Codat access token for the signed-in user's company and
 * answers `200 {accessToken, expiresIn, tokenType, expiresAt}` (`expiresAt` an ISO 8601 string)
 * with `cache-control: no-store` — what `CodatConnectionsLauncher` needs.
 *
 * Other methods get 405 with `Allow: GET, POST`; no company 401 `{error: 'Not signed in.'}`; a
 * failing resolver or setup 500; a Codat error answer 502 `{error, status, correlationId}` (the
 * correlation id is safe to show and Codat's support asks for it; no time: 504). Answers never
 * contain the API key, Codat's body or its headers.
 *
 * @example
 * // app/api/codat-token/route.ts (Next.js App Router)
 * import { createCodatAccessTokenHandler } from '@plugboard/server';
 *
 * const handler = createCodatAccessTokenHandler({
 *   apiKey: process.env.CODAT_API_KEY!,
 *   resolveCompanyId: async () => (await currentUser())?.codatCompanyId,
 * });
 * export { handler as GET, handler as POST };
 *
 * @example
 * // Express
 * import { toNodeHandler } from '@plugboard/server/node';
 *
 * app.use('/api/codat-token', toNodeHandler(handler));
 */
export function createCodatAccessTokenHandler(
  options: CodatAccessTokenHandlerOptions,
): RequestHandler {
  const report = options.onError ?? defaultReporter('createCodatAccessTokenHandler');
  return async function handleCodatAccessToken(request) {
    if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) {
      return methodNotAllowed(ALLOWED_METHODS);
    }
    let companyId: string | null | undefined;
    try {
      companyId = await options.resolveCompanyId(request);
    } catch (error) {
      report(error, request);
      return internalError();
    }
    if (companyId === null || companyId === undefined) return notSignedIn();
    try {
      if (!options.apiKey) {
        throw new HandlerConfigurationError(
          'createCodatAccessTokenHandler needs `apiKey` (set CODAT_API_KEY).',
        );
      }
      if (typeof companyId !== 'string' || companyId.trim() === '') {
        throw new HandlerConfigurationError(
          'resolveCompanyId returned an empty company id; return null when there is none.',
        );
      }
      const token = await getCompanyAccessToken(companyId, {
        apiKey: options.apiKey,
        signal: request.signal,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.retries ? { retries: options.retries } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      });
      return jsonAnswer(
        {
          accessToken: token.accessToken,
          expiresIn: token.expiresIn,
          tokenType: token.tokenType,
          expiresAt: token.expiresAt.toISOString(),
        },
        200,
      );
    } catch (error) {
      return failureAnswer('Codat', error, request, report);
    }
  };
}
