'use client';
import { humanizeFieldId } from '@plugboard/core';
import { useConnectionSettingsForm } from '@plugboard/react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { type SavedFormProps, useSavedFormOptions } from './generatedFormProps';
import { SettingsFormView } from './SettingsFormView';

/** Props of `ConnectionSettingsForm`. */
export interface ConnectionSettingsFormProps extends SavedFormProps {
  /**
   * A visible heading for the form. Without it the form is named "{connector} settings" for
   * assistive technology only (the surrounding page usually has a heading already).
   * @default undefined
   */
  title?: string;
}

/**
 * The settings form of a connection, generated from its `form_fields`: every field kind through
 * the widget registry, validation in the user's language, a save through `PATCH …` that maps the
 * API's field errors onto their fields and keeps the input on failure, and secrets that are
 * masked and never sent back unchanged.
 *
 * @example
 * <ConnectionSettingsForm connection={connection} onSaved={() => toast('Saved')} />
 */
export function ConnectionSettingsForm({
  connection,
  widgets,
  onSaved,
  onError,
  className,
  title,
  headingLevel,
  theme,
}: ConnectionSettingsFormProps) {
  const { messages } = useMessages();
  const options = useSavedFormOptions(onSaved);
  const generated = useConnectionSettingsForm(connection, options);
  const name = connection.name || humanizeFieldId(connection.service_id);
  return (
    <SettingsFormView
      generated={generated}
      slot="settings-form"
      title={title}
      headingLevel={headingLevel}
      label={formatMessage(messages.form.settingsTitle, { name })}
      widgets={widgets}
      onError={onError}
      className={className}
      theme={theme}
    />
  );
}
