/**
 * A web-standard request handler: a Next.js route handler, a Hono or itty handler
 * (`(c) => handler(c.req.raw)`), a Cloudflare/Deno/Bun `fetch`, or Node through `toNodeHandler`.
 *
 * @example
 * // app/api/vault-session/route.ts (Next.js)
 * export const POST: RequestHandler = createVaultSessionHandler({ … });
 * // Express
 * app.post('/api/vault-session', toNodeHandler(handler));
 */
export type RequestHandler = (request: Request) => Promise<Response>;

/**
 * Receives every failure a handler answers with a 5XX, for your logging. The error may be a
 * `PlugboardError` (upstream answers, no answer), a `CodatApiError`, or whatever your resolver
 * threw. Plugboard's errors never carry the API key; what your resolver throws is yours to vet.
 * @default a one-line `console.error` with the error's class, status and correlation id only
 *
 * @example
 * onError: (error) => logger.error({ err: error instanceof PlugboardError ? error : 'resolver failed' })
 */
export type HandlerErrorReporter = (error: unknown, request: Request) => void;
