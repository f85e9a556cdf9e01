'use client';
import type {
  Connection,
  ConnectionAction,
  OAuthRedirectState,
  SessionAllowAction,
} from '@plugboard/react';
import { useContext, useId, useRef } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { ConnectionDetailsContent } from './ConnectionDetailsContent';
import { PlugboardRootContext } from './PlugboardRootContext';
import { useModalDialog } from './useModalDialog';

export interface ConnectionDetailsProps {
  /**
   * The connection to show. The dialog is open while it is set; the content keeps itself fresh
   * from the API, so a connection from `useConnections()` is enough.
   */
  connection: Connection | null | undefined;
  /** Called when the user closes the dialog (Close, Escape, or a click on the backdrop). */
  onClose: () => void;
  /**
   * Narrows the session's `allow_actions` (`delete`, `disconnect`, `reauthorize`, `disable`);
   * it never widens them.
   * @default the session's settings
   */
  allowActions?: SessionAllowAction[] | undefined;
  /**
   * Called after every successful action or save, with the updated connection and the action
   * (`add`, `enable`, `authorize`, `validate`, `editSettings` …).
   * @default undefined
   */
  onConnectionChange?: ((connection: Connection, action: ConnectionAction) => void) | undefined;
  /** Called after the connection was deleted, with the connection as it was. @default undefined */
  onConnectionDelete?: ((connection: Connection) => void) | undefined;
  /** Widgets to use in the generated forms, by field kind. @default the built-in widgets */
  widgets?: Partial<WidgetRegistry> | undefined;
  /**
   * The outcome of a full-page OAuth redirect for this connection (`useOAuthRedirectResult()`),
   * shown in the dialog.
   * @default undefined
   */
  redirectResult?: OAuthRedirectState | undefined;
  /**
   * Where focus goes when the dialog closes.
   * @default the element that had focus when it opened
   */
  returnFocusTo?: (() => HTMLElement | null | undefined) | undefined;
  /**
   * Colour scheme of the dialog and its forms (`data-theme`). Rendered on its own, the dialog
   * carries `data-plugboard` so it is styled anywhere; inside `IntegrationsPage` it inherits the
   * page's tokens.
   * @default 'system'
   */
  theme?: 'light' | 'dark' | 'system' | undefined;
  /** Extra class names for the `<dialog>`. @default undefined */
  className?: string | undefined;
}

/**
 * A connection's details in a modal dialog (native `<dialog>` with `showModal()`): logo, name,
 * status and what it means, website and guide links, the actions core allows (with progress,
 * inline errors and a confirmation before delete), then the settings, resource defaults and
 * credential import forms. Focus moves in on open, stays inside, and returns to the opener on
 * close; Escape closes. Renders `data-slot="connection-details"` with `data-state="open" | "closed"`.
 *
 * @example
 * const [selected, setSelected] = useState<Connection>();
 * <ConnectionDetails connection={selected} onClose={() => setSelected(undefined)} />
 */
export function ConnectionDetails({
  connection,
  onClose,
  allowActions,
  onConnectionChange,
  onConnectionDelete,
  widgets,
  redirectResult,
  returnFocusTo,
  theme = 'system',
  className,
}: ConnectionDetailsProps) {
  const { direction } = useMessages();
  const insideRoot = useContext(PlugboardRootContext);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const open = Boolean(connection);
  const onKeyDown = useModalDialog(dialogRef, open, { onRequestClose: onClose, returnFocusTo });

  return (
    <dialog
      ref={dialogRef}
      data-plugboard={insideRoot ? undefined : ''}
      data-theme={insideRoot ? undefined : theme}
      dir={insideRoot ? undefined : direction}
      data-slot="connection-details"
      data-state={open ? 'open' : 'closed'}
      aria-labelledby={open ? `${id}-title` : undefined}
      aria-describedby={open ? `${id}-description` : undefined}
      className={joinClassNames(className)}
      onKeyDown={onKeyDown}
    >
      {connection ? (
        <ConnectionDetailsContent
          key={connection.id}
          connection={connection}
          titleId={`${id}-title`}
          descriptionId={`${id}-description`}
          onClose={onClose}
          allowActions={allowActions}
          onConnectionChange={onConnectionChange}
          onConnectionDelete={onConnectionDelete}
          widgets={widgets}
          redirectResult={redirectResult}
          theme={theme}
        />
      ) : null}
    </dialog>
  );
}
