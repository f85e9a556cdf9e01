import { connectionIdOf } from '../catalogue/catalogueIndex';
import type { SandboxConnector } from '../catalogue/connectorTypes';
import { oauthStateFor } from '../oauth/oauthState';
import type { FormFieldTypeMode, SandboxContext } from '../sandboxContext';
import type { ConnectionRecord } from '../state/sandboxState';
import { describeConnectionStatus } from './connectionStatus';
import type {
  Connection,
  ConsentRecord,
  FormField,
  FormFieldValue,
  ResourceConfiguration,
} from './vaultTypes';

/** Where the sandbox serves a connector's generated logo. */
export function logoUrlFor(baseUrl: string, serviceId: string): string {
  return `${baseUrl}/sandbox/logos/${encodeURIComponent(serviceId)}.svg`;
}

/** Serves a field in spec mode: observed-only types become their nearest spec type. */
export function formFieldForMode(field: FormField, mode: FormFieldTypeMode): FormField {
  if (mode === 'observed') return field;
  switch (field.type) {
    case 'boolean':
      return { ...field, type: 'checkbox' };
    case 'phone':
      return { ...field, type: 'tel' };
    case 'hidden':
      return { ...field, type: 'text', hidden: true };
    case 'copy':
    case 'info':
      return { ...field, type: 'text', disabled: true };
    case 'location':
      return { ...field, type: 'text' };
    default:
      return field;
  }
}

function withValue(field: FormField, value: unknown): FormField {
  return value === undefined ? { ...field } : { ...field, value: value as FormFieldValue };
}

/** The settings form with each field's current value. */
function formFieldsOf(
  connector: SandboxConnector,
  record: ConnectionRecord | undefined,
  mode: FormFieldTypeMode,
): FormField[] {
  return connector.formFields.map((field) =>
    formFieldForMode(withValue(field, record?.settings[field.id] ?? field.value), mode),
  );
}

function resourceValue(
  field: FormField,
  record: ConnectionRecord | undefined,
  resource: string,
): unknown {
  return record?.configuration[resource]?.[field.id] ?? field.value ?? field.default_value;
}

/** `Connection.configuration`: each configurable resource with its defaults' current values. */
function configurationOf(
  connector: SandboxConnector,
  record: ConnectionRecord | undefined,
): ResourceConfiguration[] {
  return (connector.configurableResources ?? []).map(({ resource, fields }) => ({
    resource,
    defaults: fields.map((field) => {
      const value = resourceValue(field, record, resource);
      return {
        id: field.id,
        ...(field.target ? { target: field.target } : {}),
        ...(field.options ? { options: field.options } : {}),
        ...(value === undefined ? {} : { value: value as FormFieldValue }),
      };
    }),
  }));
}

/** The flat list of form fields `GET …/{resource}/config` serves as `data.configuration`. */
export function resourceConfigFields(
  connector: SandboxConnector,
  record: ConnectionRecord | undefined,
  resource: string,
  mode: FormFieldTypeMode,
): FormField[] {
  const fields = connector.configurableResources?.find((entry) => entry.resource === resource);
  return (fields?.fields ?? []).map((field) =>
    formFieldForMode(withValue(field, resourceValue(field, record, resource)), mode),
  );
}

/** The resources a Data Scopes application asks consent for. */
export function dataScopeResources(connector: SandboxConnector): ConsentRecord['resources'] {
  if (!connector.dataScopes) return '*';
  const resources = connector.configurableResources?.map((entry) => entry.resource) ?? [];
  const names = resources.length > 0 ? resources : ['records'];
  return Object.fromEntries(
    names.map((resource) => [
      `${connector.unifiedApi}.${resource}`,
      {
        id: { read: true, write: false },
        name: { read: true, write: true },
        updated_at: { read: true, write: false },
      },
    ]),
  );
}

/**
 * Renders a connection the way the Vault serves it, from the connector and (when the consumer has
 * added it) the consumer's record.
 */
export async function renderConnection(
  context: SandboxContext,
  connector: SandboxConnector,
  record: ConnectionRecord | undefined,
  consumerId: string | undefined,
): Promise<Connection> {
  const { state, health } = describeConnectionStatus(connector, record);
  const usesRedirectFlow =
    connector.authType === 'oauth2' && connector.oauthGrantType === 'authorization_code';
  let authorizeUrl: string | null = null;
  let revokeUrl: string | null = null;
  if (usesRedirectFlow && consumerId) {
    const state = encodeURIComponent(
      await oauthStateFor(context, {
        consumerId,
        unifiedApi: connector.unifiedApi,
        serviceId: connector.serviceId,
      }),
    );
    const path = `${encodeURIComponent(connector.serviceId)}/${encodeURIComponent(context.applicationId)}`;
    authorizeUrl = `${context.baseUrl}/vault/authorize/${path}?state=${state}`;
    revokeUrl = `${context.baseUrl}/vault/revoke/${path}?state=${state}`;
  }
  const logo = logoUrlFor(context.baseUrl, connector.serviceId);
  const consents = record?.consents ?? [];
  const latestConsent = consents.at(-1);
  const resources = (connector.configurableResources ?? []).map((entry) => entry.resource);

  return {
    id: connectionIdOf(connector.unifiedApi, connector.serviceId),
    service_id: connector.serviceId,
    name: connector.name,
    tag_line: connector.tagLine,
    unified_api: connector.unifiedApi,
    state,
    integration_state: connector.integrationState,
    auth_type: connector.authType,
    ...(connector.oauthGrantType ? { oauth_grant_type: connector.oauthGrantType } : {}),
    status: connector.status ?? 'live',
    enabled: record?.enabled ?? false,
    website: connector.website,
    icon: logo,
    logo,
    authorize_url: authorizeUrl,
    revoke_url: revokeUrl,
    settings: record ? { ...record.settings } : {},
    metadata: record?.metadata ?? null,
    form_fields: formFieldsOf(connector, record, context.formFieldTypes),
    configuration: configurationOf(connector, record),
    configurable_resources: resources,
    resource_schema_support: connector.schemaSupport ? resources : [],
    resource_settings_support: resources,
    validation_support: connector.validationSupport,
    schema_support: connector.schemaSupport ?? false,
    settings_required_for_authorization: connector.settingsRequiredForAuthorization ?? [],
    subscriptions: [],
    has_guide: connector.hasGuide,
    custom_mappings: (connector.customMappings ?? []).map((mapping) => ({
      id: mapping.id,
      label: mapping.label,
      description: mapping.description,
      value: record?.customMappings[mapping.id] ?? '',
      key: mapping.key,
      required: mapping.required,
      custom_field: mapping.customField,
      consumer_id: record ? (consumerId ?? null) : null,
      example: mapping.example,
    })),
    consent_state: record?.consentState ?? (connector.dataScopes ? 'pending' : 'implicit'),
    consents,
    ...(latestConsent ? { latest_consent: latestConsent } : {}),
    application_data_scopes: {
      enabled: connector.dataScopes ?? false,
      resources: dataScopeResources(connector),
    },
    ...(health ? { health } : {}),
    credentials_expire_at: record?.credentialsExpireAt ?? 0,
    last_refresh_failed_at: record?.lastRefreshFailedAt ?? 0,
    last_downstream_error_at: record?.lastDownstreamErrorAt ?? 0,
    ...(record ? { created_at: record.createdAt } : {}),
    updated_at: record?.updatedAt ?? null,
  };
}
