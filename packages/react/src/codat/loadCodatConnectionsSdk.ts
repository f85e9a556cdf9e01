import type { CodatConnectionsClass, CodatConnectionsSdkModule } from './codatConnectionsSdk';

/** Where Codat serves the Connections SDK, an ES module. */
export const CODAT_CONNECTIONS_SDK_URL = 'https://connections-sdk.codat.io';

/**
 * Imports the Connections SDK from Codat at run time. The import is left alone by bundlers
 * (Vite, webpack, Turbopack), so the module always comes from Codat, as Codat requires.
 *
 * @example
 * const { CodatConnections } = await loadCodatConnectionsSdk();
 */
export async function loadCodatConnectionsSdk(
  url: string = CODAT_CONNECTIONS_SDK_URL,
): Promise<CodatConnectionsSdkModule> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ /* turbopackIgnore: true */ url);
}

/** The `CodatConnections` class from what a loader gave: the module, or the class itself. */
export function codatConnectionsClassFrom(loaded: unknown): CodatConnectionsClass {
  if (typeof loaded === 'function') return loaded as CodatConnectionsClass;
  const exported =
    loaded && typeof loaded === 'object'
      ? (loaded as Partial<CodatConnectionsSdkModule>).CodatConnections
      : undefined;
  if (typeof exported !== 'function') {
    throw new TypeError('The loaded module does not export a CodatConnections class.');
  }
  return exported;
}

/** Why an SDK load fails in practice, and what to check. */
export function sdkLoadFailureMessage(cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return (
    `The Codat Connections SDK could not be loaded from ${CODAT_CONNECTIONS_SDK_URL} (${reason}). ` +
    "Check that the browser is online and, if the page sends a Content Security Policy, that it allows https://*.codat.io in script-src, style-src, font-src, connect-src and img-src (and passes a nonce for the SDK's injected styles). " +
    "The site's origin must also be on the Codat account's CORS allow-list (Settings → CORS, `/corsSettings`)."
  );
}
