import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox } from './createSandbox';

/** Options of {@link createSandboxServer}. */
export interface SandboxServerOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The sandbox to serve. @default a new sandbox */
  sandbox?: Sandbox;
  /**
   * Origin used in generated URLs, when the server is reached through another address (a proxy).
   * @default the server's own origin
   */
  publicUrl?: string;
}

/** A running (or ready to run) sandbox HTTP server. */
export interface SandboxServer {
  readonly sandbox: Sandbox;
  /** Starts listening; resolves with the origin that serves both `/vault/…` and `/companies/…`. */
  listen(): Promise<{ baseUrl: string }>;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body });
}

async function sendResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/** The path prefixes a sandbox answers: Vault, Codat, its own pages and logos, and control routes. */
export const SANDBOX_PATH_PREFIXES = [
  '/vault/',
  '/companies/',
  '/sandbox/',
  '/__sandbox/',
] as const;

export interface SandboxMiddlewareOptions {
  /** The sandbox to serve. @default a new sandbox */
  sandbox?: Sandbox;
  /**
   * The origin the browser reaches the host server at (the sandbox writes it into authorize, revoke
   * and logo URLs). @default read from each request's Host header
   */
  publicUrl?: string;
}

/**
 * Connect/Express-style middleware that answers the sandbox's paths (`SANDBOX_PATH_PREFIXES`) and
 * passes everything else on — for mounting the sandbox inside a dev server (Vite's
 * `configureServer`, Express), so an app and its fake API share one origin.
 *
 * @example
 * // vite.config.ts
 * { name: 'sandbox', configureServer: (server) => server.middlewares.use(createSandboxMiddleware()) }
 */
export function createSandboxMiddleware(options: SandboxMiddlewareOptions = {}) {
  const sandbox = options.sandbox ?? createSandbox();
  let origin = options.publicUrl;
  const middleware = (
    incoming: IncomingMessage,
    outgoing: ServerResponse,
    next: (error?: unknown) => void,
  ) => {
    const path = incoming.url ?? '/';
    if (!SANDBOX_PATH_PREFIXES.some((prefix) => path.startsWith(prefix))) {
      next();
      return;
    }
    if (!origin) {
      origin = `http://${incoming.headers.host ?? '127.0.0.1'}`;
      sandbox.useBaseUrl(origin);
    }
    const requestOrigin = origin;
    void (async () => {
      try {
        const response = await sandbox.handle(await toRequest(incoming, requestOrigin));
        if (response.type === 'error') {
          incoming.socket.destroy();
          return;
        }
        await sendResponse(response, outgoing);
      } catch (error) {
        next(error);
      }
    })();
  };
  if (options.publicUrl) sandbox.useBaseUrl(options.publicUrl);
  return Object.assign(middleware, { sandbox });
}

/**
 * Serves a sandbox over real HTTP with `node:http`: Vault paths (`/vault/…`), Codat paths
 * (`/companies/…`), the sandbox's logos and pages, and the `/__sandbox/…` control routes, all on one
 * origin, which becomes the sandbox's `baseUrl`. A dropped connection destroys the socket.
 *
 * @example
 * const server = createSandboxServer({ port: 0 });
 * const { baseUrl } = await server.listen();
 * // … fetch(`${baseUrl}/vault/connections`, …)
 * await server.close();
 */
export function createSandboxServer(options: SandboxServerOptions = {}): SandboxServer {
  const sandbox = options.sandbox ?? createSandbox();
  const host = options.host ?? '127.0.0.1';
  let server: Server | undefined;
  let origin = '';

  const onRequest = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    try {
      const response = await sandbox.handle(await toRequest(incoming, origin));
      if (response.type === 'error') {
        incoming.socket.destroy();
        return;
      }
      await sendResponse(response, outgoing);
    } catch (error) {
      if (!outgoing.headersSent)
        outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      outgoing.end(`Sandbox error: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return {
    sandbox,
    listen() {
      return new Promise((resolve, reject) => {
        const created = createServer((incoming, outgoing) => {
          void onRequest(incoming, outgoing);
        });
        created.once('error', reject);
        created.listen(options.port ?? 0, host, () => {
          const address = created.address() as AddressInfo;
          const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          origin = `http://${hostname}:${address.port}`;
          sandbox.useBaseUrl(options.publicUrl ?? origin);
          server = created;
          resolve({ baseUrl: origin });
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server) {
          resolve();
          return;
        }
        const closing = server;
        server = undefined;
        closing.closeAllConnections();
        closing.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
