import type { SandboxConnector } from '../catalogue/connectorTypes';
import type { ConnectionRecord } from '../state/sandboxState';
import type { ConnectionHealth, ConnectionState, FormField } from './vaultTypes';

/** Field types that only display something and never hold a setting the user must give. */
const DISPLAY_ONLY_TYPES = new Set(['copy', 'info']);

/** Consent states that leave a Data Scopes connection waiting for the user's consent. */
const CONSENT_NEEDED = new Set(['pending', 'denied', 'revoked', 'requires_reconsent']);

/** True when a setting has no usable value. `false` counts as a value (an unticked checkbox). */
export function isEmptySetting(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Fields that hold a secret: `sensitive` ones and passwords. */
export function isSecretField(field: FormField): boolean {
  return field.sensitive === true || field.type === 'password';
}

/**
 * The sandbox's stand-in for a provider rejecting credentials: a secret whose value starts with
 * `invalid` (any case) is wrong. Returns the ids of such secrets.
 */
export function rejectedSecretIds(
  connector: SandboxConnector,
  settings: Record<string, unknown>,
): string[] {
  return connector.formFields
    .filter(isSecretField)
    .filter((field) => {
      const value = settings[field.id];
      return typeof value === 'string' && value.toLowerCase().startsWith('invalid');
    })
    .map((field) => field.id);
}

/** Ids of the settings the token exchange (`POST …/token`) sends to the provider. */
export function tokenGrantSettingIds(connector: SandboxConnector): string[] {
  const wanted =
    connector.oauthGrantType === 'password'
      ? ['client_id', 'client_secret', 'username', 'password']
      : connector.oauthGrantType === 'client_credentials'
        ? ['client_id', 'client_secret']
        : [];
  return wanted.filter((id) => connector.formFields.some((field) => field.id === id));
}

/** Ids of required settings (display-only and deprecated fields never count). */
export function requiredSettingIds(connector: SandboxConnector): string[] {
  return connector.formFields
    .filter((field) => field.required && !field.deprecated && !DISPLAY_ONLY_TYPES.has(field.type))
    .map((field) => field.id);
}

/** Which of `ids` have no value in `settings`. */
export function missingSettingIds(ids: string[], settings: Record<string, unknown>): string[] {
  return ids.filter((id) => isEmptySetting(settings[id]));
}

/** State and health of a connection as the Vault would report them. */
export interface ConnectionStatus {
  state: ConnectionState;
  /** Absent for `available` connections, which do not exist yet. */
  health?: ConnectionHealth;
}

function callableHealth(connector: SandboxConnector, record: ConnectionRecord): ConnectionHealth {
  if (connector.dataScopes && CONSENT_NEEDED.has(record.consentState)) return 'needs_consent';
  if (record.credentials?.needsRefresh) return 'pending_refresh';
  if (record.lastDownstreamErrorAt > 0) return 'degraded';
  return 'ok';
}

/**
 * Computes a connection's state and health from its connector and record — the one place that
 * encodes the Vault's state flow:
 *
 * - no record → `available`;
 * - `none` auth → `callable` as soon as it is added;
 * - `apiKey`, `basic`, `custom` → `added` until every required setting has a value, then
 *   `callable` (`invalid` when a secret is rejected);
 * - `oauth2` → `added` until credentials exist (consent, `POST …/token` or an import), then
 *   `callable`, or `authorized` while required settings are empty or the authorization awaits
 *   confirmation; `invalid` when the provider rejects the credentials.
 *
 * Disabling a connection keeps its state.
 */
export function describeConnectionStatus(
  connector: SandboxConnector,
  record: ConnectionRecord | undefined,
): ConnectionStatus {
  if (!record) return { state: 'available' };
  const missingRequired = missingSettingIds(requiredSettingIds(connector), record.settings);
  const rejected = rejectedSecretIds(connector, record.settings).length > 0;

  if (connector.authType === 'none') {
    return { state: 'callable', health: callableHealth(connector, record) };
  }

  if (connector.authType !== 'oauth2') {
    if (rejected) return { state: 'invalid', health: 'needs_auth' };
    if (missingRequired.length > 0) return { state: 'added', health: 'missing_settings' };
    return { state: 'callable', health: callableHealth(connector, record) };
  }

  const credentials = record.credentials;
  if (rejected || credentials?.rejected) return { state: 'invalid', health: 'needs_auth' };
  if (!credentials) {
    const missingForAuthorization = missingSettingIds(
      [...(connector.settingsRequiredForAuthorization ?? []), ...tokenGrantSettingIds(connector)],
      record.settings,
    );
    if (missingForAuthorization.length > 0) return { state: 'added', health: 'missing_settings' };
    return { state: 'added', health: record.revoked ? 'revoked' : 'needs_auth' };
  }
  if (!credentials.confirmed) return { state: 'authorized', health: 'pending_confirmation' };
  if (missingRequired.length > 0) return { state: 'authorized', health: 'missing_settings' };
  return { state: 'callable', health: callableHealth(connector, record) };
}
