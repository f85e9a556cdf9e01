/**
 * The contract of Codat's Connections SDK, the ES module at `https://connections-sdk.codat.io`.
 * Codat ships no types for it; these follow its documentation.
 */

/** What the SDK passes to `onError`. `errorCode` is the HTTP status when there was one. */
export interface CodatConnectionsErrorArgs {
  correlationId?: string | undefined;
  message?: string | undefined;
  errorCode?: number | string | undefined;
  /** True when the user can carry on in the SDK's UI; false when it cannot work. */
  userRecoverable: boolean;
}

/** What the SDK passes to `onDisconnect` and `onReconnect`. */
export interface CodatConnectionCallbackArgs {
  connectionId: string;
}

/**
 * Text overrides for the SDK's UI, keyed as Codat documents them (for example
 * `accounting.connectionDetails.dataTypes`).
 */
export type CodatConnectionsText = Record<string, unknown>;

/** The props of `new CodatConnections({ target, props })`. They cannot change after mount. */
export interface CodatConnectionsProps {
  accessToken: string;
  onClose: () => void;
  onError: (args: CodatConnectionsErrorArgs) => void;
  onDisconnect: (args: CodatConnectionCallbackArgs) => void;
  onReconnect: (args: CodatConnectionCallbackArgs) => void;
  options?: { text?: CodatConnectionsText; nonce?: string };
}

/** A mounted SDK component. Codat's is a Svelte component (`$destroy()`). */
export interface CodatConnectionsInstance {
  $destroy?: () => void;
  destroy?: () => void;
}

/** The `CodatConnections` class. */
export type CodatConnectionsClass = new (args: {
  target: HTMLElement;
  props: CodatConnectionsProps;
}) => CodatConnectionsInstance;

/** The SDK module (what `import('https://connections-sdk.codat.io')` resolves to). */
export interface CodatConnectionsSdkModule {
  CodatConnections: CodatConnectionsClass;
}

/** A company access token as an app's backend returns it (or just the token). */
export type CodatAccessToken =
  | string
  | {
      accessToken: string;
      /** Lifetime in seconds, as Codat's `GET /companies/{companyId}/accessToken` answers. */
      expiresIn?: number | undefined;
      /** When it expires: a `Date`, an ISO 8601 string or epoch milliseconds. */
      expiresAt?: Date | string | number | undefined;
    };
