'use client';
import { type Connection, type ConnectionAction, humanizeFieldId } from '@plugboard/react';
import { useId, useState } from 'react';
import { ConnectionSettingsForm } from '../ConnectionSettingsForm/ConnectionSettingsForm';
import { ImportCredentialsForm } from '../ImportCredentialsForm/ImportCredentialsForm';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { ResourceSettingsForm } from '../ResourceSettingsForm/ResourceSettingsForm';
import type { WidgetRegistry } from '../widgets/widgetRegistry';

export interface ConnectionDetailsSectionsProps {
  connection: Connection;
  /** Whether core allows each form action for this connection and session. */
  can: (action: ConnectionAction) => boolean;
  widgets: Partial<WidgetRegistry> | undefined;
  /** Passed on: each form root sets its own `data-theme`. */
  theme: 'light' | 'dark' | 'system';
  onSaved: (connection: Connection, action: ConnectionAction) => void;
}

/**
 * The dialog's forms, each in its own titled section: settings, one defaults form per
 * configurable resource, and credential import behind a disclosure button.
 */
export function ConnectionDetailsSections({
  connection,
  can,
  widgets,
  theme,
  onSaved,
}: ConnectionDetailsSectionsProps) {
  const { messages } = useMessages();
  const page = messages.page;
  const id = useId();
  const [importOpen, setImportOpen] = useState(false);
  const resources = can('editResourceDefaults') ? (connection.configurable_resources ?? []) : [];

  return (
    <>
      {can('editSettings') ? (
        <section
          data-slot="details-section"
          data-section="settings"
          aria-labelledby={`${id}-settings`}
        >
          <h3 id={`${id}-settings`} data-slot="details-section-title">
            {page.settingsTitle}
          </h3>
          <ConnectionSettingsForm
            connection={connection}
            widgets={widgets}
            theme={theme}
            onSaved={(saved) => onSaved(saved, 'editSettings')}
          />
        </section>
      ) : null}
      {resources.map((resource) => (
        <section
          key={resource}
          data-slot="details-section"
          data-section="resource-defaults"
          aria-labelledby={`${id}-resource-${resource}`}
        >
          <h3 id={`${id}-resource-${resource}`} data-slot="details-section-title">
            {formatMessage(page.resourceDefaultsTitle, { resource: humanizeFieldId(resource) })}
          </h3>
          <ResourceSettingsForm
            connection={connection}
            resource={resource}
            showTitle={false}
            widgets={widgets}
            theme={theme}
            onSaved={(saved) => onSaved(saved, 'editResourceDefaults')}
          />
        </section>
      ))}
      {can('import') ? (
        <section
          data-slot="details-section"
          data-section="import"
          data-state={importOpen ? 'open' : 'closed'}
          aria-labelledby={`${id}-import`}
        >
          <h3 id={`${id}-import`} data-slot="details-section-title">
            {page.importTitle}
          </h3>
          <button
            type="button"
            data-slot="disclosure"
            data-state={importOpen ? 'open' : 'closed'}
            aria-expanded={importOpen}
            aria-controls={`${id}-import-panel`}
            onClick={() => setImportOpen((open) => !open)}
          >
            {page.importToggle}
          </button>
          <div id={`${id}-import-panel`} data-slot="disclosure-panel" hidden={!importOpen}>
            {importOpen ? (
              <ImportCredentialsForm
                connection={connection}
                theme={theme}
                onImported={(imported) => onSaved(imported, 'import')}
              />
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
