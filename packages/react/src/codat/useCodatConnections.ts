'use client';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { CodatLauncherError, isCodatTokenExpiredError } from './CodatLauncherError';
import {
  type ResolvedCodatAccessToken,
  resolveCodatAccessToken,
  tokenRefreshDelay,
} from './codatAccessToken';
import type {
  CodatAccessToken,
  CodatConnectionCallbackArgs,
  CodatConnectionsClass,
  CodatConnectionsErrorArgs,
  CodatConnectionsInstance,
  CodatConnectionsProps,
  CodatConnectionsSdkModule,
  CodatConnectionsText,
} from './codatConnectionsSdk';
import {
  codatConnectionsClassFrom,
  loadCodatConnectionsSdk,
  sdkLoadFailureMessage,
} from './loadCodatConnectionsSdk';

/** Where the launcher is: closed, on its way (token, then SDK), showing the SDK, or failed. */
export type CodatConnectionsStatus = 'idle' | 'fetching-token' | 'loading-sdk' | 'open' | 'error';

export interface UseCodatConnectionsOptions {
  /** The Codat company whose connections the user manages. */
  companyId: string;
  /**
   * Fetches a company access token from your backend, which calls Codat's
   * `GET /companies/{companyId}/accessToken` with its API key (the server package does this in a
   * few lines; the key never reaches the browser). Return the token, or
   * `{ accessToken, expiresIn?, expiresAt? }` so the SDK is mounted again with a new token
   * shortly before it expires.
   *
   * @example
   * getAccessToken={(companyId) => fetch(`/api/codat/${companyId}/token`).then((r) => r.json())}
   */
  getAccessToken: (companyId: string) => Promise<CodatAccessToken>;
  /**
   * Loads the SDK: the module (`{ CodatConnections }`) or the class. For tests, Storybook and
   * self-hosting.
   * @default loadCodatConnectionsSdk (imports `https://connections-sdk.codat.io`)
   */
  loadSdk?: () => Promise<CodatConnectionsSdkModule | CodatConnectionsClass>;
  /** The SDK's `options.text` overrides. @default undefined */
  text?: CodatConnectionsText;
  /** The CSP nonce the SDK puts on the styles it injects (`options.nonce`). @default undefined */
  nonce?: string;
  /**
   * Skip the iframe check. Only for Storybook and browser test runners, which render inside
   * iframes, with the sandbox's fake SDK: Codat's own SDK does not run in an iframe.
   * @default false
   */
  allowInIframe?: boolean;
  /** The user closed the SDK with its own Close button; the SDK is already unmounted. */
  onClose?: () => void;
  /**
   * Any failure: token, SDK load, framing, or an error the SDK reported (an expired token is
   * handled without it). Errors with `userRecoverable: false` also unmount the SDK.
   */
  onError?: (error: CodatLauncherError) => void;
  /** A connection was disconnected (now `Unlinked`). */
  onDisconnect?: (args: CodatConnectionCallbackArgs) => void;
  /** A connection was reconnected (now `Linked`). */
  onReconnect?: (args: CodatConnectionCallbackArgs) => void;
}

export interface CodatConnectionsResult {
  /** Fetches a token, loads the SDK and mounts it. Does nothing while opening or open. */
  open: () => void;
  /** Unmounts the SDK and empties the container. */
  close: () => void;
  /** True from `open()` until `close()` (including while loading and on error). */
  isOpen: boolean;
  status: CodatConnectionsStatus;
  /** The failure while `status` is `error`. */
  error: CodatLauncherError | undefined;
  /** Attach to the element the SDK mounts into (Codat designs for 460 × 840 px). */
  containerRef: RefObject<HTMLDivElement | null>;
}

/** One mount: a token and the SDK class, for one attempt. */
interface Session {
  attempt: number;
  token: ResolvedCodatAccessToken;
  Sdk: CodatConnectionsClass;
  text: CodatConnectionsText | undefined;
  nonce: string | undefined;
}

type State =
  | { status: 'idle' | 'fetching-token' | 'loading-sdk' }
  | { status: 'open'; session: Session }
  | { status: 'error'; error: CodatLauncherError };

/** Two expired-token errors this close together mean a new token does not help. */
const EXPIRY_RETRY_WINDOW_MS = 30_000;

function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // A cross-origin parent can make the comparison throw: that is framed too.
    return true;
  }
}

function destroy(instance: CodatConnectionsInstance): void {
  if (typeof instance.$destroy === 'function') instance.$destroy();
  else if (typeof instance.destroy === 'function') instance.destroy();
}

/**
 * Codat's Connections SDK as a headless hook: `open()` fetches a company access token, loads the
 * SDK and mounts it into `containerRef` exactly once (StrictMode included); `close()` and unmount
 * destroy it. A token about to expire, or an SDK error saying it expired, unmounts the SDK, fetches
 * a token and mounts again (the SDK's props cannot change). The SDK refuses to run in an iframe,
 * so neither does the hook. Nothing touches `window` or `document` until `open()`.
 *
 * @example
 * const codat = useCodatConnections({ companyId, getAccessToken });
 * <button type="button" onClick={codat.open}>Manage connections</button>
 * {codat.isOpen ? <div ref={codat.containerRef} className="codat-box" /> : null}
 */
export function useCodatConnections(options: UseCodatConnectionsOptions): CodatConnectionsResult {
  const [state, setState] = useState<State>({ status: 'idle' });
  const containerRef = useRef<HTMLDivElement | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // The status as of the last request, readable synchronously (open() twice in one tick).
  const statusRef = useRef<CodatConnectionsStatus>('idle');
  // Each open or refresh is an attempt; anything from an older one is ignored.
  const attemptRef = useRef(0);
  const lastExpiryRetryRef = useRef<number | undefined>(undefined);
  const mountedRef = useRef(false);
  // Unmounts the SDK now (idempotent); the mount effect's cleanup calls it too.
  const teardownRef = useRef<(() => void) | undefined>(undefined);

  const update = useCallback((next: State) => {
    statusRef.current = next.status;
    setState(next);
  }, []);

  const fail = useCallback(
    (error: CodatLauncherError, notify: boolean) => {
      attemptRef.current += 1;
      update({ status: 'error', error });
      if (notify && mountedRef.current) optionsRef.current.onError?.(error);
    },
    [update],
  );

  const start = useCallback(async () => {
    // A refresh unmounts before it fetches: the old token must not be used meanwhile.
    teardownRef.current?.();
    attemptRef.current += 1;
    const attempt = attemptRef.current;
    const current = () => attemptRef.current === attempt;
    if (!optionsRef.current.allowInIframe && isFramed()) {
      fail(
        new CodatLauncherError(
          'The Codat Connections SDK does not run inside an iframe. Open the page that hosts it at the top level.',
          { reason: 'iframe', userRecoverable: false },
        ),
        true,
      );
      return;
    }
    const { companyId, getAccessToken, loadSdk, text, nonce } = optionsRef.current;
    update({ status: 'fetching-token' });
    let token: ResolvedCodatAccessToken;
    try {
      token = resolveCodatAccessToken(await getAccessToken(companyId), Date.now());
    } catch (cause) {
      if (current()) {
        const message = cause instanceof Error ? cause.message : String(cause);
        fail(
          new CodatLauncherError(`The Codat access token could not be fetched: ${message}`, {
            reason: 'token',
            cause,
          }),
          true,
        );
      }
      return;
    }
    if (!current()) return;
    update({ status: 'loading-sdk' });
    let Sdk: CodatConnectionsClass;
    try {
      Sdk = codatConnectionsClassFrom(await (loadSdk ?? loadCodatConnectionsSdk)());
    } catch (cause) {
      if (current()) {
        fail(
          new CodatLauncherError(sdkLoadFailureMessage(cause), { reason: 'sdk-load', cause }),
          true,
        );
      }
      return;
    }
    if (!current()) return;
    update({ status: 'open', session: { attempt, token, Sdk, text, nonce } });
  }, [fail, update]);

  const open = useCallback(() => {
    const status = statusRef.current;
    if (status === 'fetching-token' || status === 'loading-sdk' || status === 'open') return;
    lastExpiryRetryRef.current = undefined;
    void start();
  }, [start]);

  const close = useCallback(() => {
    attemptRef.current += 1;
    teardownRef.current?.();
    update({ status: 'idle' });
  }, [update]);

  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
    };
  }, []);

  const session = state.status === 'open' ? state.session : undefined;

  // Mount once per session. A session only appears after open(), so StrictMode's extra
  // mount-time run of this effect finds none; a new token is a new session.
  useEffect(() => {
    if (!session) return;
    const target = containerRef.current;
    if (!target) {
      fail(
        new CodatLauncherError(
          'useCodatConnections: containerRef is not attached to an element; render it while isOpen is true.',
          { reason: 'container', userRecoverable: false },
        ),
        true,
      );
      return;
    }
    let live = true;
    const isCurrent = () => live && attemptRef.current === session.attempt;
    const onSdkError = (args: CodatConnectionsErrorArgs) => {
      if (!isCurrent()) return;
      const now = Date.now();
      const lastRetry = lastExpiryRetryRef.current;
      if (
        isCodatTokenExpiredError(args) &&
        (lastRetry === undefined || now - lastRetry > EXPIRY_RETRY_WINDOW_MS)
      ) {
        lastExpiryRetryRef.current = now;
        void start();
        return;
      }
      const error = CodatLauncherError.fromSdkError(args);
      if (error.userRecoverable) optionsRef.current.onError?.(error);
      else fail(error, true);
    };
    const props: CodatConnectionsProps = {
      accessToken: session.token.accessToken,
      onClose: () => {
        if (!isCurrent()) return;
        close();
        optionsRef.current.onClose?.();
      },
      onError: onSdkError,
      onDisconnect: (args) => {
        if (isCurrent()) optionsRef.current.onDisconnect?.(args);
      },
      onReconnect: (args) => {
        if (isCurrent()) optionsRef.current.onReconnect?.(args);
      },
    };
    if (session.text !== undefined || session.nonce !== undefined) {
      props.options = {
        ...(session.text === undefined ? {} : { text: session.text }),
        ...(session.nonce === undefined ? {} : { nonce: session.nonce }),
      };
    }
    let instance: CodatConnectionsInstance;
    try {
      instance = new session.Sdk({ target, props });
    } catch (cause) {
      target.replaceChildren();
      fail(
        new CodatLauncherError('The Codat Connections SDK failed to start.', {
          reason: 'sdk',
          cause,
          userRecoverable: false,
        }),
        true,
      );
      return;
    }
    const delay = tokenRefreshDelay(session.token, Date.now());
    const timer =
      delay === undefined
        ? undefined
        : setTimeout(() => {
            if (isCurrent()) void start();
          }, delay);
    const teardown = () => {
      if (!live) return;
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      if (teardownRef.current === teardown) teardownRef.current = undefined;
      destroy(instance);
      target.replaceChildren();
    };
    teardownRef.current = teardown;
    return teardown;
  }, [session, start, close, fail]);

  return {
    open,
    close,
    isOpen: state.status !== 'idle',
    status: state.status,
    error: state.status === 'error' ? state.error : undefined,
    containerRef,
  };
}
