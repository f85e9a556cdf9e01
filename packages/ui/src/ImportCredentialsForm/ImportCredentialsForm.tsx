'use client';
import { type Connection, humanizeFieldId } from '@plugboard/core';
import { SettingsFormView } from '../ConnectionSettingsForm/SettingsFormView';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { useImportCredentialsForm } from './useImportCredentialsForm';

/** Props of `ImportCredentialsForm`. */
export interface ImportCredentialsFormProps {
  /** The OAuth connection to import tokens into. */
  connection: Connection;
  /** Called with the connection after the credentials were imported. */
  onImported?: (connection: Connection) => void;
  /** Called with the error of a failed import; the form shows it and keeps the user's input. */
  onError?: (error: Error) => void;
  /** Added to the `<form>` (`data-slot="import-credentials-form"`). */
  className?: string;
  /**
   * A visible heading. Without it the form is named "Import {connector} credentials" for
   * assistive technology only.
   * @default undefined
   */
  title?: string;
  /** The heading's level when `title` is given. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Colour scheme of the tokens (`data-theme` on the form's root). @default 'system' */
  theme?: 'light' | 'dark' | 'system';
}

/**
 * Imports OAuth tokens obtained elsewhere into a connection (`POST …/import`): the access token
 * (required) and refresh token, both masked with a reveal toggle, the token's lifetime in
 * seconds and when it was issued (both optional: without them the token is refreshed). The
 * tokens are never logged and are cleared from the form once imported.
 *
 * @example
 * <ImportCredentialsForm connection={connection} onImported={() => close()} />
 */
export function ImportCredentialsForm({
  connection,
  onImported,
  onError,
  className,
  title,
  headingLevel,
  theme,
}: ImportCredentialsFormProps) {
  const { messages } = useMessages();
  const generated = useImportCredentialsForm(connection, { onImported });
  const name = connection.name || humanizeFieldId(connection.service_id);
  return (
    <SettingsFormView
      generated={generated}
      slot="import-credentials-form"
      title={title}
      headingLevel={headingLevel}
      label={formatMessage(messages.form.importTitle, { name })}
      onError={onError}
      className={className}
      theme={theme}
      submitLabel={messages.form.importSubmit}
      submittingLabel={messages.form.importing}
      successMessage={messages.form.imported}
    />
  );
}
