'use client';
import { humanizeFieldId } from '@plugboard/core';
import { useResourceSettingsForm } from '@plugboard/react';
import { describeConnectionError } from '../ConnectionDetails/describeConnectionError';
import {
  type SavedFormProps,
  useSavedFormOptions,
} from '../ConnectionSettingsForm/generatedFormProps';
import { SettingsFormView } from '../ConnectionSettingsForm/SettingsFormView';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';

/** Props of `ResourceSettingsForm`. */
export interface ResourceSettingsFormProps extends SavedFormProps {
  /** The resource whose defaults the form edits, as the API names it (`leads`, `opportunities`). */
  resource: string;
  /**
   * Show the heading that names the resource. Turn it off where a heading of your own already
   * names it; the form is still named after the resource for assistive technology.
   * @default true
   */
  showTitle?: boolean;
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
  const options = useSavedFormOptions(onSaved);
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
