'use client';
import { type Connection, humanizeFieldId } from '@plugboard/core';
import { useResourceSettingsForm } from '@plugboard/react';
import { useMemo } from 'react';
import { describeConnectionError } from '../ConnectionDetails/describeConnectionError';
import { SettingsFormView } from '../ConnectionSettingsForm/SettingsFormView';
import { useLatestRef } from '../ConnectionSettingsForm/useLatestRef';
import { useFormErrorMessages } from '../FormField/useFormErrorMessages';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import type { WidgetRegistry } from '../widgets/widgetRegistry';

/** Props of `ResourceSettingsForm`. */
export interface ResourceSettingsFormProps {
  /** The connection the resource belongs to. */
  connection: Connection;
  /** The resource whose defaults the form edits, as the API names it (`leads`, `opportunities`). */
  resource: string;
  /**
   * Widgets by field kind, merged over the surrounding `WidgetsProvider` (and the defaults).
   * @default the registry in effect
   */
  widgets?: Partial<WidgetRegistry>;
  /** Called with the connection after the defaults were saved. */
  onSaved?: (connection: Connection) => void;
  /** Called with the error of a failed save; the form shows it and keeps the user's input. */
  onError?: (error: Error) => void;
  /** Added to the `<form>` (`data-slot="resource-settings-form"`). */
  className?: string;
  /** The level of the heading that names the resource. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Show the heading that names the resource. Turn it off where a heading of your own already
   * names it; the form is still named after the resource for assistive technology.
   * @default true
   */
  showTitle?: boolean;
  /** Colour scheme of the tokens (`data-theme` on the form's root). @default 'system' */
  theme?: 'light' | 'dark' | 'system';
}

/**
 * The defaults form of one resource of a connection (the values Vault writes into new `leads`,
 * say), headed by the resource's readable name. It says it is loading while
 * `GET …/{resource}/config` answers, then offers every field through the widget registry and
 * saves through `PATCH …/{resource}/config`, with the same feedback as the settings form.
 *
 * @example
 * <ResourceSettingsForm connection={connection} resource="leads" />
 */
export function ResourceSettingsForm({
  connection,
  resource,
  widgets,
  onSaved,
  onError,
  className,
  headingLevel,
  showTitle = true,
  theme,
}: ResourceSettingsFormProps) {
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
  const generated = useResourceSettingsForm(connection, resource, options);
  const resourceName = humanizeFieldId(resource);
  return (
    <SettingsFormView
      generated={generated}
      slot="resource-settings-form"
      title={showTitle ? resourceName : undefined}
      label={resourceName}
      headingLevel={headingLevel}
      widgets={widgets}
      onError={onError}
      className={className}
      theme={theme}
      loading={generated.isLoading}
      loadingMessage={formatMessage(messages.form.resourceLoading, { resource: resourceName })}
      notice={
        generated.loadError
          ? formatMessage(messages.form.resourceLoadFailed, {
              resource: resourceName,
              reason: describeConnectionError(generated.loadError, messages.page),
            })
          : undefined
      }
      emptyMessage={formatMessage(messages.form.noResourceDefaults, { resource: resourceName })}
    />
  );
}
