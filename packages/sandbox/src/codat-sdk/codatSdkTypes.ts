/**
 * The contract of Codat's Connections SDK (`https://connections-sdk.codat.io`), which the fake
 * honours. Kept here because the sandbox depends on no other Plugboard package.
 */

/** What the SDK passes to `onError`. `errorCode` is the HTTP status when there was one. */
export interface CodatConnectionsErrorArgs {
  correlationId?: string | undefined;
  message?: string | undefined;
  errorCode?: number | undefined;
  /** True when the user can carry on in the SDK's UI (try again); false when it cannot work. */
  userRecoverable: boolean;
}

/** What the SDK passes to `onDisconnect` and `onReconnect`. */
export interface CodatConnectionCallbackArgs {
  connectionId: string;
}

/** `options` of the SDK: text overrides (keys such as `accounting.connectionDetails.dataTypes`) and a CSP nonce. */
export interface CodatConnectionsOptions {
  text?: Record<string, unknown> | undefined;
  /** Put on the `<style>` element the SDK injects, so a strict `style-src` with this nonce allows it. */
  nonce?: string | undefined;
}

/** The props of `new CodatConnections({ target, props })`. They cannot change after mount. */
export interface CodatConnectionsProps {
  accessToken: string;
  onClose?: (() => void) | undefined;
  onError?: ((args: CodatConnectionsErrorArgs) => void) | undefined;
  onDisconnect?: ((args: CodatConnectionCallbackArgs) => void) | undefined;
  onReconnect?: ((args: CodatConnectionCallbackArgs) => void) | undefined;
  options?: CodatConnectionsOptions | undefined;
}

/** A mounted Connections SDK component (a Svelte component: `$destroy()` unmounts it). */
export interface CodatConnectionsComponent {
  $destroy(): void;
}

/** The `CodatConnections` class the SDK module exports. */
export type CodatConnectionsClass = new (args: {
  target: HTMLElement;
  props: CodatConnectionsProps;
}) => CodatConnectionsComponent;
