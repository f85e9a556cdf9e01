import { indexCatalogue } from './catalogue/catalogueIndex';
import type { SandboxCatalogue } from './catalogue/connectorTypes';
import { defaultCatalogue } from './catalogue/defaultCatalogue';
import { codatErrorResponse } from './codat/codatError';
import { codatRoutes } from './codat/codatRoutes';
import { CONTROL_PREFIX, handleControlRequest } from './control/controlRoutes';
import { createTokenSigner } from './crypto/tokenSigner';
import { createFaultRegistry, type SandboxFault, type SandboxFaults } from './faults/faultRegistry';
import {
  forcedStatusResponse,
  malformedJsonResponse,
  schemaViolatingResponse,
} from './faults/faultResponses';
import { compileRoutes, type RouteApi } from './http/route';
import { readOAuthFlowRequest } from './oauth/oauthFlow';
import { decideOAuthFlow, type OAuthDecision } from './oauth/oauthRoutes';
import type { FormFieldTypeMode, SandboxContext } from './sandboxContext';
import {
  DEFAULT_CONSUMER_ID,
  DEFAULT_SANDBOX_SECRET,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
  VAULT_BASE_URL,
} from './sandboxDefaults';
import { sandboxRoutes } from './sandboxRoutes';
import { createSeededState } from './state/createSeededState';
import type { SandboxState, SandboxStore } from './state/sandboxState';
import { issueSessionToken, type SessionTokenRequest } from './vault/sessionTokens';
import { vaultErrorResponse } from './vault/vaultError';
import { vaultRoutes } from './vault/vaultRoutes';

/** What an exchange listener learns about a request besides the request and response. */
export interface ExchangeInfo {
  /** The spec's operationId, when the request matched an operation. */
  operationId: string | undefined;
  /** Which API answered (`sandbox` for logos, pages of the sandbox itself and control routes). */
  api: RouteApi;
  /** The injected fault that shaped this answer, if any. */
  fault?: SandboxFault;
}

/**
 * Called after every exchange with copies of the request and the response (its body unread), so
 * contract tests can validate every answer the sandbox gives. A dropped connection is reported
 * with a `Response.error()` (type `error`, status 0).
 */
export type ExchangeListener = (request: Request, response: Response, info: ExchangeInfo) => void;

/** Options of {@link createSandbox}. Every option has a working default. */
export interface SandboxOptions {
  /**
   * Origin used in generated `authorize_url`, `revoke_url`, logo and session URLs. The node server
   * sets its own origin.
   * @default 'https://unify.apideck.com'
   */
  baseUrl?: string;
  /** Connectors and seeded connections. @default defaultCatalogue */
  catalogue?: SandboxCatalogue;
  /** Shared state (e.g. localStorage): read before each request, written after each change. */
  store?: SandboxStore;
  /**
   * HMAC secret for session JWTs, OAuth states and confirm tokens; instances with the same secret
   * accept each other's tokens.
   * @default DEFAULT_SANDBOX_SECRET
   */
  secret?: string;
  /** @default SANDBOX_API_KEY */
  apiKey?: string;
  /** @default SANDBOX_APP_ID */
  applicationId?: string;
  /** @default SANDBOX_CODAT_API_KEY */
  codatApiKey?: string;
  /** The consumer seeds belong to when they name none. @default 'test-consumer' */
  defaultConsumerId?: string;
  /** How form-field types outside the spec's enum are served. @default 'observed' */
  formFieldTypes?: FormFieldTypeMode;
  /** Answer 404 on Codat's deprecated connectionManagement token endpoint. @default false */
  codatDeprecatedEndpointGone?: boolean;
  /** Session tokens expire this many seconds after issue, whatever their `exp`. */
  expireSessionsAfterSeconds?: number;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
  onExchange?: ExchangeListener;
}

/** A stateful fake of the Vault and Codat APIs behind one web-standard `handle` function. */
export interface Sandbox {
  /** Answers one request. A dropped connection is `Response.error()`. */
  handle(request: Request): Promise<Response>;
  /** Origin used in generated URLs. */
  readonly baseUrl: string;
  /** Changes the origin used in generated URLs (the node server calls this). */
  useBaseUrl(baseUrl: string): void;
  /** Restores the seeded state, removes every fault and restores the session expiry option. */
  reset(): Promise<void>;
  /** Fault injection. */
  readonly faults: SandboxFaults;
  /** Issues a session JWT as `POST /vault/sessions` would (for tests). */
  createSessionToken(request: SessionTokenRequest): Promise<string>;
  /** Makes session tokens expire `seconds` after issue; `undefined` lifts it. */
  expireSessionsAfter(seconds: number | undefined): void;
  /** A copy of the current state. */
  getState(): Promise<SandboxState>;
  /** Adds an exchange listener; returns a function that removes it. */
  onExchange(listener: ExchangeListener): () => void;
  /**
   * Plays the user's part on an authorize or revoke page without a browser: `url` is the
   * `authorize_url`/`revoke_url` with `redirect_uri` (and optionally `nonce`, `scope`) appended.
   * Returns where the Vault redirects. Throws when the URL itself is invalid.
   */
  completeOAuthFlow(url: string, decision: OAuthDecision): Promise<string>;
}

const routeFor = compileRoutes([...vaultRoutes, ...codatRoutes, ...sandboxRoutes]);

const UNIMPLEMENTED_VAULT_PATHS =
  /^\/vault\/(consumers|logs|custom-mappings|callback|oauth)(\/|$)|^\/vault\/connections\/[^/]+\/[^/]+\/(consent|migrate|callback-state|[^/]+\/(schema|example|custom-fields|custom-mappings))$/;

function apiOfPath(pathname: string): RouteApi {
  if (pathname.startsWith('/companies')) return 'codat';
  if (pathname.startsWith('/sandbox/')) return 'sandbox';
  return 'vault';
}

function unmatchedResponse(method: string, pathname: string): Response {
  const api = apiOfPath(pathname);
  if (api === 'codat') {
    return codatErrorResponse(404, { error: `The sandbox does not serve ${method} ${pathname}.` });
  }
  if (UNIMPLEMENTED_VAULT_PATHS.test(pathname)) {
    return vaultErrorResponse(501, {
      detail: `The sandbox does not implement ${method} ${pathname}.`,
    });
  }
  return vaultErrorResponse(404, {
    message: 'Unknown Route',
    detail: `No operation for ${method} ${pathname}`,
  });
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'retry-after, content-type, location',
};

function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
      'access-control-allow-headers':
        request.headers.get('access-control-request-headers') ??
        'authorization, content-type, x-apideck-app-id, x-apideck-consumer-id, x-apideck-auth-type',
      'access-control-max-age': '600',
    },
  });
}

function withCors(response: Response): Response {
  if (response.type === 'error') return response;
  const copy = new Response(response.body, response);
  for (const [name, value] of Object.entries(CORS_HEADERS)) copy.headers.set(name, value);
  return copy;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function pruneUsedTokens(state: SandboxState, now: number): void {
  for (const [id, expiresAt] of Object.entries(state.usedTokens)) {
    if (expiresAt < now) delete state.usedTokens[id];
  }
}

/**
 * Creates a sandbox: a stateful, spec-faithful fake of the Apideck Vault API and the parts of
 * Codat's API Plugboard needs. It answers web-standard requests, so it runs in browsers, workers
 * and Node; `@plugboard/sandbox/msw` and `@plugboard/sandbox/node` serve it.
 *
 * @example
 * const sandbox = createSandbox();
 * const response = await sandbox.handle(
 *   new Request('https://unify.apideck.com/vault/connections', {
 *     headers: { authorization: `Bearer ${SANDBOX_API_KEY}`, 'x-apideck-app-id': SANDBOX_APP_ID },
 *   }),
 * );
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const catalogue = indexCatalogue(options.catalogue ?? defaultCatalogue);
  const now = options.now ?? (() => Date.now());
  const defaultConsumerId = options.defaultConsumerId ?? DEFAULT_CONSUMER_ID;
  const faults = createFaultRegistry();
  const listeners = new Set<ExchangeListener>(options.onExchange ? [options.onExchange] : []);
  const store = options.store;
  let baseUrl = (options.baseUrl ?? VAULT_BASE_URL).replace(/\/+$/, '');
  let sessionExpiryOverrideSeconds = options.expireSessionsAfterSeconds;
  let memoryState = createSeededState(catalogue, defaultConsumerId, now());
  // One request at a time touches the state, so that instances sharing a store, and concurrent
  // requests on one instance, never lose each other's changes.
  let stateLock: Promise<unknown> = Promise.resolve();

  const signer = createTokenSigner(options.secret ?? DEFAULT_SANDBOX_SECRET);

  const loadState = (): SandboxState => {
    if (!store) return memoryState;
    const stored = store.load();
    if (stored && stored.version === 1) return stored;
    const seeded = createSeededState(catalogue, defaultConsumerId, now());
    store.save(seeded);
    return seeded;
  };

  const withState = <T>(work: (context: SandboxContext) => Promise<T>): Promise<T> => {
    const run = stateLock.then(async () => {
      let changed = false;
      const context: SandboxContext = {
        catalogue,
        signer,
        baseUrl,
        apiKey: options.apiKey ?? SANDBOX_API_KEY,
        applicationId: options.applicationId ?? SANDBOX_APP_ID,
        codatApiKey: options.codatApiKey ?? SANDBOX_CODAT_API_KEY,
        defaultConsumerId,
        formFieldTypes: options.formFieldTypes ?? 'observed',
        codatDeprecatedEndpointGone: options.codatDeprecatedEndpointGone ?? false,
        sessionExpiryOverrideSeconds,
        now,
        state: loadState(),
        markChanged: () => {
          changed = true;
        },
      };
      const result = await work(context);
      if (changed) {
        pruneUsedTokens(context.state, now());
        if (store) store.save(context.state);
        else memoryState = context.state;
      }
      return result;
    });
    stateLock = run.catch(() => undefined);
    return run;
  };

  const reset = async () => {
    await withState(async () => {
      memoryState = createSeededState(catalogue, defaultConsumerId, now());
      store?.save(memoryState);
    });
    faults.clear();
    sessionExpiryOverrideSeconds = options.expireSessionsAfterSeconds;
  };

  const getState = () => withState(async (context) => structuredClone(context.state));

  const notify = (request: Request | undefined, response: Response, info: ExchangeInfo) => {
    if (!request) return;
    for (const listener of listeners) {
      listener(
        request.clone(),
        response.type === 'error' ? Response.error() : response.clone(),
        info,
      );
    }
  };

  const answer = async (
    request: Request,
    url: URL,
  ): Promise<{ response: Response; info: ExchangeInfo }> => {
    if (request.method.toUpperCase() === 'OPTIONS') {
      return {
        response: preflightResponse(request),
        info: { operationId: undefined, api: apiOfPath(url.pathname) },
      };
    }
    if (url.pathname.startsWith(CONTROL_PREFIX) || url.pathname === CONTROL_PREFIX.slice(0, -1)) {
      const response = await handleControlRequest(request, url, {
        faults,
        reset,
        getState,
        expireSessionsAfter: (seconds) => {
          sessionExpiryOverrideSeconds = seconds;
        },
        restoreSessionExpiry: () => {
          sessionExpiryOverrideSeconds = options.expireSessionsAfterSeconds;
        },
      });
      return { response, info: { operationId: undefined, api: 'sandbox' } };
    }
    const matched = routeFor(request.method, url.pathname);
    const info: ExchangeInfo = {
      operationId: matched?.route.operationId,
      api: matched?.route.api ?? apiOfPath(url.pathname),
    };
    const fault = faults.take({
      method: request.method,
      pathname: url.pathname,
      operationId: info.operationId,
    });
    if (fault) info.fault = fault;
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.drop) return { response: Response.error(), info };
    if (fault?.body === 'malformed-json')
      return { response: malformedJsonResponse(fault.status ?? 200), info };
    let response: Response;
    if (fault?.status !== undefined) {
      response = forcedStatusResponse(info.api, { ...fault, status: fault.status });
    } else if (matched) {
      try {
        response = await withState((context) =>
          matched.route.handle(context, { request, url, params: matched.params }),
        );
      } catch (error) {
        // A bug in the sandbox must not look like a network failure: answer the API's 500.
        const detail = `Sandbox error: ${error instanceof Error ? error.message : String(error)}`;
        response =
          info.api === 'codat'
            ? codatErrorResponse(500, { error: detail })
            : vaultErrorResponse(500, { detail });
      }
    } else {
      response = unmatchedResponse(request.method, url.pathname);
    }
    if (fault?.body === 'schema-violation')
      response = await schemaViolatingResponse(response, info.api);
    return { response, info };
  };

  return {
    async handle(request) {
      const url = new URL(request.url);
      // A baseUrl with a path (`http://localhost:6006/sandbox`) serves its routes under that path.
      const base = new URL(baseUrl);
      const basePath = base.pathname.replace(/\/+$/, '');
      if (basePath && url.origin === base.origin && url.pathname.startsWith(`${basePath}/`)) {
        url.pathname = url.pathname.slice(basePath.length);
      }
      const copy = listeners.size > 0 ? request.clone() : undefined;
      const { response, info } = await answer(request, url);
      const final = withCors(response);
      notify(copy, final, info);
      return final;
    },
    get baseUrl() {
      return baseUrl;
    },
    useBaseUrl(next) {
      baseUrl = next.replace(/\/+$/, '');
    },
    reset,
    faults,
    createSessionToken(request) {
      return issueSessionToken(
        { signer, now, applicationId: options.applicationId ?? SANDBOX_APP_ID },
        request,
      );
    },
    expireSessionsAfter(seconds) {
      sessionExpiryOverrideSeconds = seconds;
    },
    getState,
    onExchange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async completeOAuthFlow(target, decision) {
      const url = new URL(target);
      const matched = routeFor('GET', url.pathname);
      const kind =
        matched?.route.operationId === 'connectionsAuthorize'
          ? 'authorize'
          : matched?.route.operationId === 'connectionsRevoke'
            ? 'revoke'
            : undefined;
      if (!matched || !kind) throw new Error(`${target} is not an authorize_url or revoke_url.`);
      return withState(async (context) => {
        const flow = await readOAuthFlowRequest(context, kind, url, matched.params);
        if (!('kind' in flow)) throw new Error(`${flow.heading}: ${flow.message}`);
        const location = await decideOAuthFlow(context, flow, decision);
        if (!location) throw new Error(`"${decision}" is not a decision for the ${kind} flow.`);
        return location;
      });
    },
  };
}
