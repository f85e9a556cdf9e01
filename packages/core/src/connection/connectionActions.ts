import type { SessionClaims } from '../client/sessionToken';
import type { Connection } from '../schemas/connection';
import { SESSION_ALLOW_ACTIONS } from '../schemas/enums';
import type { FormField } from '../schemas/formField';
import { missingSettingsForAuthorization } from './missingSettingsForAuthorization';

/**
 * Everything a user can do with a connection, in the order UIs list them:
 * - `add`: put an available integration in use (`PATCH {enabled: true}`).
 * - `enable`: switch a disabled connection back on (`PATCH {enabled: true}`).
 * - `authorize`: OAuth authorization-code flow in a popup, via `authorize_url`.
 * - `authorizeToken`: `client_credentials` / `password` grants, `POST …/token`; no browser round trip.
 * - `import`: import existing credentials (`POST …/import`).
 * - `editSettings`: edit the connection's `form_fields`.
 * - `editResourceDefaults`: edit the defaults of `configurable_resources`.
 * - `validate`: check the stored credentials (`POST …/validate`).
 * - `disable`: switch the connection off (`PATCH {enabled: false}`).
 * - `reauthorize`: run the OAuth flow again on a connection that was authorized before.
 * - `disconnect`: revoke the OAuth grant, via `revoke_url`.
 * - `delete`: remove the connection (`DELETE`).
 */
export const CONNECTION_ACTIONS = [
  'add',
  'enable',
  'authorize',
  'authorizeToken',
  'import',
  'editSettings',
  'editResourceDefaults',
  'validate',
  'disable',
  'reauthorize',
  'disconnect',
  'delete',
] as const;

/** One of {@link CONNECTION_ACTIONS}. */
export type ConnectionAction = (typeof CONNECTION_ACTIONS)[number];

/** What the session allows, usually read from its claims with `connectionActionOptionsFromSession`. */
export interface ConnectionActionOptions {
  /**
   * The session's `settings.allow_actions`. Left out, every action is allowed; a list hides
   * `delete`, `disconnect`, `reauthorize` and `disable` unless it names them (`[]` hides all
   * four). No other action is ever hidden by it.
   * @default undefined
   */
  allowActions?: readonly string[] | null | undefined;
  /**
   * The session's `settings.hide_resource_settings`: hides `editResourceDefaults`.
   * @default false
   */
  hideResourceSettings?: boolean | null | undefined;
}

/**
 * Reads {@link ConnectionActionOptions} from a session's claims (`settings.allow_actions` and
 * `settings.hide_resource_settings`).
 *
 * @example
 * getConnectionActions(connection, connectionActionOptionsFromSession(decodeSessionToken(token)));
 */
export function connectionActionOptionsFromSession(
  claims: SessionClaims | undefined,
): ConnectionActionOptions {
  return {
    allowActions: claims?.settings?.allow_actions,
    hideResourceSettings: claims?.settings?.hide_resource_settings ?? false,
  };
}

interface ConnectionFacts {
  connection: Connection;
  isAvailable: boolean;
  isEnabled: boolean;
  needsConfiguration: boolean;
  usesOAuth: boolean;
  usesAuthorizationCodeFlow: boolean;
  usesTokenGrant: boolean;
  settingsReady: boolean;
  hideResourceSettings: boolean;
}

function isVisible(formField: FormField): boolean {
  return formField.hidden !== true && formField.deprecated !== true && formField.type !== 'hidden';
}

function readFacts(connection: Connection, options: ConnectionActionOptions): ConnectionFacts {
  const grant = connection.oauth_grant_type || undefined;
  const usesOAuth = connection.auth_type === 'oauth2' || grant !== undefined;
  const hasAuthorizeUrl = Boolean(connection.authorize_url);
  return {
    connection,
    isAvailable: connection.state === 'available',
    // Only an explicit `false` disables: an added connection that omits `enabled` is in use.
    isEnabled: connection.enabled !== false,
    needsConfiguration: connection.integration_state === 'needs_configuration',
    usesOAuth,
    // A popup needs somewhere to go, so the flow also needs an `authorize_url`.
    usesAuthorizationCodeFlow:
      hasAuthorizeUrl &&
      (grant === 'authorization_code' ||
        (grant === undefined && connection.auth_type === 'oauth2')),
    usesTokenGrant: grant === 'client_credentials' || grant === 'password',
    settingsReady: missingSettingsForAuthorization(connection).length === 0,
    hideResourceSettings: options.hideResourceSettings === true,
  };
}

const ACTION_RULES: Record<ConnectionAction, (facts: ConnectionFacts) => boolean> = {
  add: (facts) => facts.isAvailable,
  enable: (facts) => facts.connection.enabled === false && !facts.isAvailable,
  authorize: (facts) =>
    facts.isEnabled &&
    !facts.isAvailable &&
    facts.connection.state !== 'callable' &&
    facts.usesAuthorizationCodeFlow &&
    facts.settingsReady &&
    !facts.needsConfiguration,
  authorizeToken: (facts) =>
    facts.isEnabled &&
    !facts.isAvailable &&
    facts.connection.state !== 'callable' &&
    facts.usesTokenGrant &&
    facts.settingsReady &&
    !facts.needsConfiguration,
  import: (facts) => facts.usesOAuth && !facts.needsConfiguration && !facts.isAvailable,
  editSettings: (facts) =>
    !facts.isAvailable && (facts.connection.form_fields ?? []).some(isVisible),
  editResourceDefaults: (facts) =>
    facts.connection.state === 'callable' &&
    (facts.connection.configurable_resources ?? []).length > 0 &&
    !facts.hideResourceSettings,
  validate: (facts) => facts.connection.validation_support === true && !facts.isAvailable,
  disable: (facts) => facts.isEnabled && !facts.isAvailable,
  reauthorize: (facts) =>
    facts.isEnabled &&
    (facts.connection.state === 'callable' || facts.connection.state === 'invalid') &&
    facts.usesAuthorizationCodeFlow &&
    facts.settingsReady &&
    !facts.needsConfiguration,
  disconnect: (facts) =>
    Boolean(facts.connection.revoke_url) &&
    (facts.connection.state === 'callable' ||
      facts.connection.state === 'authorized' ||
      facts.connection.state === 'invalid'),
  delete: (facts) => !facts.isAvailable,
};

const SESSION_GATED: readonly string[] = SESSION_ALLOW_ACTIONS;

function allowedBySession(action: ConnectionAction, options: ConnectionActionOptions): boolean {
  const { allowActions } = options;
  if (!allowActions) return true;
  return !SESSION_GATED.includes(action) || allowActions.includes(action);
}

/**
 * The actions a user can take on a connection right now, in {@link CONNECTION_ACTIONS} order,
 * gated by the connection's state and narrowed by the session (`allow_actions`,
 * `hide_resource_settings`). Pure; a state, auth type or grant it does not know simply offers
 * fewer actions.
 *
 * An invalid connection that was authorized before offers `reauthorize` rather than both
 * `authorize` and `reauthorize`; when the session hides `reauthorize`, `authorize` stays so the
 * user can still repair it.
 *
 * @example
 * getConnectionActions(connection, { allowActions: ['disable'] });
 * // e.g. ['editSettings', 'validate', 'disable'] for a callable API-key connection
 */
export function getConnectionActions(
  connection: Connection,
  options: ConnectionActionOptions = {},
): ConnectionAction[] {
  const facts = readFacts(connection, options);
  const actions = CONNECTION_ACTIONS.filter(
    (action) => ACTION_RULES[action](facts) && allowedBySession(action, options),
  );
  return actions.includes('reauthorize')
    ? actions.filter((action) => action !== 'authorize')
    : actions;
}

/**
 * Whether `getConnectionActions` offers `action` for this connection and session.
 *
 * @example
 * if (canPerformConnectionAction(connection, 'delete', options)) showDeleteButton();
 */
export function canPerformConnectionAction(
  connection: Connection,
  action: ConnectionAction,
  options: ConnectionActionOptions = {},
): boolean {
  return getConnectionActions(connection, options).includes(action);
}
