'use client';
import {
  type CodatAccessToken,
  type CodatConnectionCallbackArgs,
  type CodatConnectionsClass,
  type CodatConnectionsSdkModule,
  type CodatConnectionsText,
  type CodatLauncherError,
  useCodatConnections,
} from '@plugboard/react';
import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useModalDialog } from '../ConnectionDetails/useModalDialog';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';
import { CodatLauncherPanel } from './CodatLauncherPanel';
import { codatLauncherMessagesFor } from './codatLauncherMessages';

export interface CodatConnectionsLauncherProps {
  /** The Codat company whose connections the user manages. */
  companyId: string;
  /**
   * Fetches a company access token from your backend, which holds the Codat API key and calls
   * Codat's `GET /companies/{companyId}/accessToken` (the server package does this): the token, or
   * `{ accessToken, expiresIn?, expiresAt? }` so it is renewed before it expires.
   *
   * @example
   * getAccessToken={(companyId) => fetch(`/api/codat/${companyId}/token`).then((r) => r.json())}
   */
  getAccessToken: (companyId: string) => Promise<CodatAccessToken>;
  /**
   * Loads Codat's SDK (the module or the `CodatConnections` class), for tests and self-hosting.
   * @default imports `https://connections-sdk.codat.io`
   */
  loadSdk?: (() => Promise<CodatConnectionsSdkModule | CodatConnectionsClass>) | undefined;
  /** The SDK's text overrides (`options.text`). @default undefined */
  text?: CodatConnectionsText | undefined;
  /** CSP nonce for the styles the SDK injects (`options.nonce`). @default undefined */
  nonce?: string | undefined;
  /**
   * Skip the iframe check: only for Storybook and browser test runners (which frame their pages)
   * with the sandbox's fake SDK. Codat's SDK does not run in an iframe.
   * @default false
   */
  allowInIframe?: boolean | undefined;
  /**
   * Where the dialog is rendered, through a portal (for example `document.body`, or a node that
   * carries your theme).
   * @default beside the button
   */
  container?: Element | DocumentFragment | null | undefined;
  /** The button's text. @default the `buttonLabel` message ("Manage connections") */
  buttonLabel?: string | undefined;
  /** The dialog closed (Close, Escape, the backdrop, or the SDK's own Close). @default undefined */
  onClose?: (() => void) | undefined;
  /** Any failure, typed: token, SDK load, framing, or an error the SDK reported. @default undefined */
  onError?: ((error: CodatLauncherError) => void) | undefined;
  /** A connection was disconnected (now `Unlinked`). @default undefined */
  onDisconnect?: ((args: CodatConnectionCallbackArgs) => void) | undefined;
  /** A connection was reconnected (now `Linked`). @default undefined */
  onReconnect?: ((args: CodatConnectionCallbackArgs) => void) | undefined;
  /** Extra class names for the root (`data-slot="codat-launcher"`). @default undefined */
  className?: string | undefined;
  /** Colour scheme of the button and the dialog (`data-theme`). @default 'system' */
  theme?: 'light' | 'dark' | 'system' | undefined;
}

/**
 * A button that opens Codat's connection management (the Connections SDK) in an accessible modal
 * dialog: focus moves in, Escape closes, focus returns to the button. While the app's backend
 * issues a token and the SDK loads, a polite status says so; failures show what happened, Codat's
 * correlation id and Try again. The SDK gets its 460 × 840 px box, narrowed on small screens.
 *
 * Renders `data-slot="codat-launcher"` (the root, with the button) and
 * `data-slot="codat-launcher-dialog"`, both with `data-state` set to the status (`idle`,
 * `fetching-token`, `loading-sdk`, `open`, `error`).
 *
 * @example
 * <CodatConnectionsLauncher
 *   companyId={companyId}
 *   getAccessToken={(id) => fetch(`/api/codat/${id}/token`).then((r) => r.json())}
 *   onDisconnect={({ connectionId }) => refresh(connectionId)}
 * />
 */
export function CodatConnectionsLauncher({
  companyId,
  getAccessToken,
  loadSdk,
  text,
  nonce,
  allowInIframe,
  container,
  buttonLabel,
  onClose,
  onError,
  onDisconnect,
  onReconnect,
  className,
  theme = 'system',
}: CodatConnectionsLauncherProps) {
  const { locale, direction } = useMessages();
  const messages = codatLauncherMessagesFor(locale);
  const codat = useCodatConnections({
    companyId,
    getAccessToken,
    loadSdk,
    text,
    nonce,
    allowInIframe,
    onClose,
    onError,
    onDisconnect,
    onReconnect,
  });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = `${useId()}-title`;
  const requestClose = () => {
    codat.close();
    onClose?.();
  };
  const onKeyDown = useModalDialog(dialogRef, codat.isOpen, {
    onRequestClose: requestClose,
    returnFocusTo: () => buttonRef.current,
  });

  const dialog = (
    <dialog
      ref={dialogRef}
      data-plugboard=""
      data-theme={theme}
      dir={direction}
      data-slot="codat-launcher-dialog"
      data-state={codat.status}
      aria-labelledby={codat.isOpen ? titleId : undefined}
      onKeyDown={onKeyDown}
    >
      {codat.isOpen ? (
        <CodatLauncherPanel
          codat={codat}
          messages={messages}
          titleId={titleId}
          onClose={requestClose}
        />
      ) : null}
    </dialog>
  );

  return (
    <div
      data-plugboard=""
      data-theme={theme}
      dir={direction}
      data-slot="codat-launcher"
      data-state={codat.status}
      className={joinClassNames(className)}
    >
      <button
        ref={buttonRef}
        type="button"
        data-slot="codat-launcher-trigger"
        aria-haspopup="dialog"
        onClick={codat.open}
      >
        {buttonLabel ?? messages.buttonLabel}
      </button>
      {container ? createPortal(dialog, container) : dialog}
    </div>
  );
}
