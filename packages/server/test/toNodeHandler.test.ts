import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeSessionToken } from '@plugboard/core';
import {
  CODAT_COMPANY_IDS,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
} from '@plugboard/sandbox';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodatAccessTokenHandler, createVaultSessionHandler } from '../src/index';
import { toNodeHandler } from '../src/node';
import { readSafely, useSandboxServer } from './sandboxServer';

const sandboxServer = useSandboxServer();
const SECRETS = [SANDBOX_API_KEY, SANDBOX_CODAT_API_KEY];

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
  servers = [];
});

/** Serves a request listener on a free port of 127.0.0.1 and returns its origin. */
async function serve(
  listener: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The app's own authentication, for the tests: a cookie names the user. */
function vaultHandler(seen: Request[] = []) {
  return createVaultSessionHandler({
    apiKey: SANDBOX_API_KEY,
    appId: SANDBOX_APP_ID,
    baseUrl: sandboxServer.baseUrl,
    onError: vi.fn(),
    resolveConsumer: async (request) => {
      seen.push(request);
      const user = /(?:^|;\s*)user=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      return user ? { consumerId: user } : null;
    },
  });
}

describe('toNodeHandler on a real http server', () => {
  it('serves the Vault session handler', async () => {
    const origin = await serve(toNodeHandler(vaultHandler()));
    const response = await fetch(`${origin}/api/vault-session`, {
      method: 'POST',
      headers: { cookie: 'user=alice', 'content-type': 'application/json' },
      body: JSON.stringify({ consumer_id: 'mallory' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token } = (await readSafely(response, SECRETS)) as { token: string };
    expect(decodeSessionToken(token)?.consumer_id).toBe('alice');
  });

  it('passes on 405 with Allow, and 401 without a user', async () => {
    const origin = await serve(toNodeHandler(vaultHandler()));
    const get = await fetch(`${origin}/api/vault-session`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    await readSafely(get, SECRETS);
    const anonymous = await fetch(`${origin}/api/vault-session`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(await readSafely(anonymous, SECRETS)).toEqual({ error: 'Not signed in.' });
  });

  it('hands the handler the method, URL, headers and body', async () => {
    let seen: { method: string; url: string; header: string | null; body: string } | undefined;
    const origin = await serve(
      toNodeHandler(async (request) => {
        seen = {
          method: request.method,
          url: request.url,
          header: request.headers.get('x-test'),
          body: await request.text(),
        };
        return Response.json({ ok: true }, { headers: { 'set-cookie': 'a=1' } });
      }),
    );
    const response = await fetch(`${origin}/api/echo?x=1`, {
      method: 'PUT',
      headers: { 'x-test': 'yes' },
      body: 'hello',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe('a=1');
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toEqual({
      method: 'PUT',
      url: `${origin}/api/echo?x=1`,
      header: 'yes',
      body: 'hello',
    });
  });

  it('uses publicUrl for request.url', async () => {
    const seen: Request[] = [];
    const origin = await serve(
      toNodeHandler(vaultHandler(seen), { publicUrl: 'https://app.example' }),
    );
    await fetch(`${origin}/api/vault-session?from=test`, {
      method: 'POST',
      headers: { cookie: 'user=bob' },
    });
    expect(seen[0]?.url).toBe('https://app.example/api/vault-session?from=test');
  });

  it('serves the Codat handler for GET', async () => {
    const handler = createCodatAccessTokenHandler({
      apiKey: SANDBOX_CODAT_API_KEY,
      baseUrl: sandboxServer.baseUrl,
      resolveCompanyId: async (request) =>
        request.headers.get('cookie') === 'user=alice' ? CODAT_COMPANY_IDS.emptyCompany : null,
    });
    const origin = await serve(toNodeHandler(handler));
    const response = await fetch(`${origin}/api/codat-token`, {
      headers: { cookie: 'user=alice' },
    });
    expect(response.status).toBe(200);
    const body = (await readSafely(response, SECRETS)) as { expiresIn: number; tokenType: string };
    expect(body).toMatchObject({ expiresIn: 86_400, tokenType: 'Bearer' });
  });

  it('aborts the request signal when the client goes away', async () => {
    let aborted: () => void = () => undefined;
    const wasAborted = new Promise<void>((resolve) => {
      aborted = resolve;
    });
    const origin = await serve(
      toNodeHandler(
        (request) =>
          new Promise<Response>((resolve) => {
            request.signal.addEventListener('abort', () => {
              aborted();
              resolve(new Response(null, { status: 499 }));
            });
          }),
      ),
    );
    const controller = new AbortController();
    const pending = fetch(`${origin}/slow`, { signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await pending;
    await expect(
      Promise.race([
        wasAborted.then(() => 'aborted'),
        new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
      ]),
    ).resolves.toBe('aborted');
  });
});

describe('toNodeHandler as Express/Connect middleware', () => {
  /** A minimal Connect-style app: a body parser that already read the stream, then the middleware. */
  function connectLike(
    middleware: ReturnType<typeof toNodeHandler>,
    next: (error?: unknown) => void,
  ) {
    return (request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        Object.assign(request, {
          body: text ? JSON.parse(text) : {},
          originalUrl: request.url,
          url: '/',
        });
        middleware(request, response, (error) => {
          next(error);
          response.statusCode = 418;
          response.end('from next');
        });
      });
    };
  }

  it('re-serialises a body a parser already read, and keeps the original URL', async () => {
    let seen: { url: string; body: unknown } | undefined;
    const next = vi.fn();
    const origin = await serve(
      connectLike(
        toNodeHandler(async (request) => {
          seen = { url: request.url, body: await request.json() };
          return Response.json({ ok: true });
        }),
        next,
      ),
    );
    const response = await fetch(`${origin}/api/thing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hello: 'wörld' }),
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual({ url: `${origin}/api/thing`, body: { hello: 'wörld' } });
    expect(next).not.toHaveBeenCalled();
  });

  it('calls next(error) when the handler throws', async () => {
    const failure = new Error('boom');
    const next = vi.fn();
    const origin = await serve(
      connectLike(
        toNodeHandler(async () => {
          throw failure;
        }),
        next,
      ),
    );
    const response = await fetch(`${origin}/api/thing`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(418);
    expect(next).toHaveBeenCalledWith(failure);
  });

  it('answers 500 itself when the handler throws and there is no next', async () => {
    const origin = await serve(
      toNodeHandler(async () => {
        throw new Error(`leaky ${SANDBOX_API_KEY}`);
      }),
    );
    const response = await fetch(`${origin}/x`);
    expect(response.status).toBe(500);
    expect(await readSafely(response, SECRETS)).toEqual({ error: 'Internal server error.' });
  });
});
