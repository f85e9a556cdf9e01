import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '../handlers/RequestHandler';

/**
 * Options of {@link toNodeHandler}.
 * @example
 * toNodeHandler(handler, { publicUrl: 'https://app.example.com' })
 */
export interface NodeHandlerOptions {
  /**
   * The origin your users reach the server at (e.g. `https://app.example.com`), used for
   * `request.url`. Set it behind a proxy: the Host header is not trusted for anything else.
   * @default `http://` (or `https://` on a TLS socket) + the Host header
   */
  publicUrl?: string;
}

/**
 * A `node:http` request listener that is also Connect/Express middleware: `next(error)` is called
 * when the handler throws (the Plugboard handlers never do), and nothing else is passed on.
 */
export type NodeRequestListener = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** What Express and Connect body parsers leave on the request. */
type MaybeParsed = IncomingMessage & { body?: unknown; originalUrl?: string };

const WITHOUT_BODY = new Set(['GET', 'HEAD']);

async function requestBodyOf(incoming: MaybeParsed): Promise<Uint8Array<ArrayBuffer> | string> {
  // A body parser (express.json(), express.text() …) already read the stream.
  if (incoming.body !== undefined) {
    const parsed = incoming.body;
    if (typeof parsed === 'string') return parsed;
    if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
    return JSON.stringify(parsed);
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of incoming) {
    chunks.push(
      typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array),
    );
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function toRequest(
  incoming: MaybeParsed,
  options: NodeHandlerOptions,
  signal: AbortSignal,
): Promise<Request> {
  const encrypted = (incoming.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const origin =
    options.publicUrl ??
    `${encrypted ? 'https' : 'http'}://${incoming.headers.host ?? 'localhost'}`;
  // Under `app.use('/path', …)` Express rewrites `url`; `originalUrl` is what the client asked for.
  const url = new URL(incoming.originalUrl ?? incoming.url ?? '/', origin);
  const headers = new Headers();
  for (let index = 0; index + 1 < incoming.rawHeaders.length; index += 2) {
    const name = incoming.rawHeaders[index] as string;
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    headers.append(name, incoming.rawHeaders[index + 1] as string);
  }
  const method = incoming.method ?? 'GET';
  if (WITHOUT_BODY.has(method)) return new Request(url, { method, headers, signal });
  const body = await requestBodyOf(incoming);
  if (incoming.body !== undefined) {
    // The parsed body was re-serialised: its length may differ from the original one.
    headers.delete('content-length');
    headers.delete('transfer-encoding');
  }
  return new Request(url, { method, headers, body, signal });
}

async function writeResponse(
  response: Response,
  outgoing: ServerResponse,
  method: string,
): Promise<void> {
  outgoing.statusCode = response.status;
  if (response.statusText) outgoing.statusMessage = response.statusText;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing.setHeader(name, value);
  });
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies);
  if (!response.body || method === 'HEAD') {
    outgoing.end();
    return;
  }
  for await (const chunk of response.body) outgoing.write(chunk);
  outgoing.end();
}

/**
 * Serves a web-standard handler (`(request: Request) => Promise<Response>`) from Node's `http`
 * module, Express, Connect, Fastify's `middie`, or anything that speaks `(req, res, next)`. The
 * request body is passed on (also when a body parser read it first), the answer is written back
 * with its status, headers and body, and the `Request`'s signal aborts when the client goes away.
 *
 * @example
 * // Express
 * import express from 'express';
 * import { createVaultSessionHandler } from '@plugboard/server';
 * import { toNodeHandler } from '@plugboard/server/node';
 *
 * const app = express();
 * app.post('/api/vault-session', toNodeHandler(createVaultSessionHandler({
 *   apiKey: process.env.APIDECK_API_KEY!,
 *   appId: process.env.APIDECK_APP_ID!,
 *   resolveConsumer: async (request) => consumerFromSessionCookie(request.headers.get('cookie')),
 * })));
 *
 * @example
 * // node:http
 * import { createServer } from 'node:http';
 *
 * createServer(toNodeHandler(handler)).listen(3000);
 */
export function toNodeHandler(
  handler: RequestHandler,
  options: NodeHandlerOptions = {},
): NodeRequestListener {
  return (incoming, outgoing, next) => {
    const controller = new AbortController();
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) controller.abort();
    });
    const method = incoming.method ?? 'GET';
    void (async () => {
      const request = await toRequest(incoming as MaybeParsed, options, controller.signal);
      await writeResponse(await handler(request), outgoing, method);
    })().catch((error: unknown) => {
      if (next) {
        next(error);
        return;
      }
      if (outgoing.headersSent) {
        outgoing.destroy();
        return;
      }
      outgoing.statusCode = 500;
      outgoing.setHeader('content-type', 'application/json; charset=utf-8');
      outgoing.setHeader('cache-control', 'no-store');
      outgoing.end(JSON.stringify({ error: 'Internal server error.' }));
    });
  };
}
