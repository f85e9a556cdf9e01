'use client';
import { type Connection, humanizeFieldId } from '@plugboard/core';
import type { GeneratedFormProps } from '../ConnectionSettingsForm/generatedFormProps';
import { SettingsFormView } from '../ConnectionSettingsForm/SettingsFormView';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { useImportCredentialsForm } from './useImportCredentialsForm';

/** Props of `ImportCredentialsForm`. */
export interface ImportCredentialsFormProps extends GeneratedFormProps {
  /** Called with the connection after the credentials were imported. */
  onImported?: (connection: Connection) => void;
  /**
   * A visible heading. Without it the form is named "Import {connector} credentials" for
   * assistive technology only.
   * @default undefined
   */
  title?: string;
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
