'use client';
import { type Connection, humanizeFieldId } from '@plugboard/core';
import { useConnectionSettingsForm } from '@plugboard/react';
import { useMemo } from 'react';
import { useFormErrorMessages } from '../FormField/useFormErrorMessages';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { SettingsFormView } from './SettingsFormView';
import { useLatestRef } from './useLatestRef';

/** Props of `ConnectionSettingsForm`. */
export interface ConnectionSettingsFormProps {
  /** The connection whose `form_fields` and `settings` the form edits. */
  connection: Connection;
  /**
   * Widgets by field kind, merged over the surrounding `WidgetsProvider` (and the defaults).
   * @default the registry in effect
   */
  widgets?: Partial<WidgetRegistry>;
  /** Called with the saved connection after a successful save. */
  onSaved?: (connection: Connection) => void;
  /** Called with the error of a failed save; the form shows it and keeps the user's input. */
  onError?: (error: Error) => void;
  /** Added to the `<form>` (`data-slot="settings-form"`). */
  className?: string;
  /**
   * A visible heading for the form. Without it the form is named "{connector} settings" for
   * assistive technology only (the surrounding page usually has a heading already).
   * @default undefined
   */
  title?: string;
  /** The heading's level when `title` is given. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Colour scheme of the tokens (`data-theme` on the form's root). @default 'system' */
  theme?: 'light' | 'dark' | 'system';
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
  const validationMessages = useFormErrorMessages();
  const onSavedRef = useLatestRef(onSaved);
  const options = useMemo(
    () => ({
      messages: validationMessages,
      onSaved: (saved: Connection) => onSavedRef.current?.(saved),
    }),
    [validationMessages, onSavedRef],
  );
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
