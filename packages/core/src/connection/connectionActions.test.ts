import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import {
  CONNECTION_ACTIONS,
  type ConnectionAction,
  type ConnectionActionOptions,
  canPerformConnectionAction,
  connectionActionOptionsFromSession,
  getConnectionActions,
} from './connectionActions';

const AUTHORIZE_URL = 'https://unify.apideck.com/vault/authorize/salesforce/app?state=abc';
const REVOKE_URL = 'https://unify.apideck.com/vault/revoke/salesforce/app?state=abc';

function connection(overrides: Partial<Connection> = {}): Connection {
  return { id: 'crm+salesforce', service_id: 'salesforce', unified_api: 'crm', ...overrides };
}

/** An OAuth authorization-code connector with everything that unlocks actions. */
function oauthConnection(overrides: Partial<Connection> = {}): Connection {
  return connection({
    enabled: true,
    state: 'callable',
    integration_state: 'configured',
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    authorize_url: AUTHORIZE_URL,
    revoke_url: REVOKE_URL,
    validation_support: true,
    configurable_resources: ['leads'],
    form_fields: [{ id: 'instance_url', type: 'text', label: 'Instance URL' }],
    ...overrides,
  });
}

function can(
  action: ConnectionAction,
  item: Connection,
  options?: ConnectionActionOptions,
): boolean {
  return canPerformConnectionAction(item, action, options);
}

describe('getConnectionActions: whole lifecycles', () => {
  it('offers only add for an available integration', () => {
    expect(getConnectionActions(oauthConnection({ state: 'available', enabled: false }))).toEqual([
      'add',
    ]);
  });

  it('offers authorize for an added OAuth connection', () => {
    expect(getConnectionActions(oauthConnection({ state: 'added' }))).toEqual([
      'authorize',
      'import',
      'editSettings',
      'validate',
      'disable',
      'delete',
    ]);
  });

  it('offers the full set for a callable OAuth connection, in order', () => {
    expect(getConnectionActions(oauthConnection())).toEqual([
      'import',
      'editSettings',
      'editResourceDefaults',
      'validate',
      'disable',
      'reauthorize',
      'disconnect',
      'delete',
    ]);
  });

  it('offers reauthorize instead of authorize on an invalid connection', () => {
    expect(getConnectionActions(oauthConnection({ state: 'invalid' }))).toEqual([
      'import',
      'editSettings',
      'validate',
      'disable',
      'reauthorize',
      'disconnect',
      'delete',
    ]);
  });

  it('keeps authorize on an invalid connection when the session hides reauthorize', () => {
    const actions = getConnectionActions(oauthConnection({ state: 'invalid' }), {
      allowActions: [],
    });
    expect(actions).toEqual(['authorize', 'import', 'editSettings', 'validate']);
  });

  it('offers authorizeToken for a client_credentials connection', () => {
    const item = oauthConnection({
      state: 'added',
      oauth_grant_type: 'client_credentials',
      authorize_url: null,
    });
    expect(getConnectionActions(item)).toEqual([
      'authorizeToken',
      'import',
      'editSettings',
      'validate',
      'disable',
      'delete',
    ]);
  });

  it('offers settings, disable and delete for a callable API-key connection', () => {
    const item = connection({
      state: 'callable',
      enabled: true,
      auth_type: 'apiKey',
      form_fields: [{ id: 'api_key', type: 'password' }],
    });
    expect(getConnectionActions(item)).toEqual(['editSettings', 'disable', 'delete']);
  });

  it('offers enable for a disabled connection and never disable', () => {
    const actions = getConnectionActions(oauthConnection({ enabled: false }));
    expect(actions).toContain('enable');
    expect(actions).not.toContain('disable');
    expect(actions).not.toContain('reauthorize');
  });

  it('never throws on unknown enum values or a bare connection', () => {
    const odd = connection({
      state: 'migrating',
      auth_type: 'saml',
      oauth_grant_type: 'device_code',
      integration_state: 'archived',
      health: 'on_fire',
    });
    expect(getConnectionActions(odd)).toEqual(['import', 'disable', 'delete']);
    expect(getConnectionActions(connection())).toEqual(['disable', 'delete']);
  });

  it('answers actions in CONNECTION_ACTIONS order', () => {
    const actions = getConnectionActions(oauthConnection());
    const positions = actions.map((action) => CONNECTION_ACTIONS.indexOf(action));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('add', () => {
  it('is offered when the state is available', () => {
    expect(can('add', connection({ state: 'available', enabled: false }))).toBe(true);
    expect(can('add', connection({ state: 'available' }))).toBe(true);
  });

  it('is not offered once added', () => {
    expect(can('add', oauthConnection({ state: 'added' }))).toBe(false);
    expect(can('add', oauthConnection({ state: 'callable', enabled: false }))).toBe(false);
  });
});

describe('enable', () => {
  it('is offered when enabled is false and the connection is not available', () => {
    expect(can('enable', oauthConnection({ enabled: false }))).toBe(true);
  });

  it('is not offered for an available integration, an enabled one, or when enabled is missing', () => {
    expect(can('enable', oauthConnection({ state: 'available', enabled: false }))).toBe(false);
    expect(can('enable', oauthConnection({ enabled: true }))).toBe(false);
    expect(can('enable', oauthConnection({ enabled: undefined }))).toBe(false);
  });
});

describe('authorize', () => {
  const added = (overrides: Partial<Connection> = {}) =>
    oauthConnection({ state: 'added', ...overrides });

  it('is offered for enabled, uncallable authorization-code connections', () => {
    expect(can('authorize', added())).toBe(true);
    expect(can('authorize', added({ state: 'authorized' }))).toBe(true);
    expect(can('authorize', added({ state: 'authorized', health: 'pending_confirmation' }))).toBe(
      true,
    );
  });

  it('is offered for oauth2 with no grant when an authorize_url exists', () => {
    expect(can('authorize', added({ oauth_grant_type: undefined }))).toBe(true);
    expect(can('authorize', added({ oauth_grant_type: null, authorize_url: null }))).toBe(false);
  });

  it('needs an authorize_url even with the authorization_code grant', () => {
    expect(can('authorize', added({ authorize_url: undefined }))).toBe(false);
    expect(can('authorize', added({ authorize_url: '' }))).toBe(false);
  });

  it('is offered when the grant is authorization_code even if auth_type is missing', () => {
    expect(can('authorize', added({ auth_type: undefined }))).toBe(true);
  });

  it('is not offered when callable, disabled, or available', () => {
    expect(can('authorize', added({ state: 'callable' }))).toBe(false);
    expect(can('authorize', added({ enabled: false }))).toBe(false);
    expect(can('authorize', added({ state: 'available', enabled: undefined }))).toBe(false);
  });

  it('is not offered for other auth types or grants', () => {
    expect(can('authorize', added({ auth_type: 'apiKey', oauth_grant_type: undefined }))).toBe(
      false,
    );
    expect(can('authorize', added({ oauth_grant_type: 'client_credentials' }))).toBe(false);
    expect(can('authorize', added({ oauth_grant_type: 'password' }))).toBe(false);
    expect(can('authorize', added({ oauth_grant_type: 'device_code' }))).toBe(false);
  });

  it('is not offered while the integration needs configuration', () => {
    expect(can('authorize', added({ integration_state: 'needs_configuration' }))).toBe(false);
  });

  it('waits for every setting required for authorization', () => {
    const required = { settings_required_for_authorization: ['subdomain', 'region'] };
    expect(can('authorize', added({ ...required, settings: { subdomain: 'acme' } }))).toBe(false);
    expect(
      can('authorize', added({ ...required, settings: { subdomain: 'acme', region: '' } })),
    ).toBe(false);
    expect(
      can('authorize', added({ ...required, settings: { subdomain: 'acme', region: 'eu' } })),
    ).toBe(true);
  });

  it("accepts a required setting held in the form field's value", () => {
    const item = added({
      settings_required_for_authorization: ['subdomain'],
      form_fields: [{ id: 'subdomain', value: 'acme' }],
    });
    expect(can('authorize', item)).toBe(true);
    expect(can('authorize', { ...item, form_fields: [{ id: 'subdomain', value: '' }] })).toBe(
      false,
    );
  });

  it('is never hidden by allow_actions', () => {
    expect(can('authorize', added(), { allowActions: [] })).toBe(true);
  });
});

describe('authorizeToken', () => {
  const tokenConnection = (overrides: Partial<Connection> = {}) =>
    oauthConnection({
      state: 'added',
      oauth_grant_type: 'client_credentials',
      authorize_url: null,
      ...overrides,
    });

  it('is offered for the client_credentials and password grants', () => {
    expect(can('authorizeToken', tokenConnection())).toBe(true);
    expect(can('authorizeToken', tokenConnection({ oauth_grant_type: 'password' }))).toBe(true);
    expect(can('authorizeToken', tokenConnection({ state: 'invalid' }))).toBe(true);
  });

  it('is not offered for the authorization_code grant', () => {
    expect(can('authorizeToken', tokenConnection({ oauth_grant_type: 'authorization_code' }))).toBe(
      false,
    );
    expect(can('authorizeToken', tokenConnection({ oauth_grant_type: undefined }))).toBe(false);
  });

  it('is not offered when callable, disabled, available or needing configuration', () => {
    expect(can('authorizeToken', tokenConnection({ state: 'callable' }))).toBe(false);
    expect(can('authorizeToken', tokenConnection({ enabled: false }))).toBe(false);
    expect(can('authorizeToken', tokenConnection({ state: 'available' }))).toBe(false);
    expect(
      can('authorizeToken', tokenConnection({ integration_state: 'needs_configuration' })),
    ).toBe(false);
  });

  it('waits for the settings required for authorization', () => {
    const item = tokenConnection({ settings_required_for_authorization: ['client_id'] });
    expect(can('authorizeToken', item)).toBe(false);
    expect(can('authorizeToken', { ...item, settings: { client_id: 'abc' } })).toBe(true);
  });
});

describe('import', () => {
  it('is offered for OAuth connections that are added and configured', () => {
    expect(can('import', oauthConnection({ state: 'added' }))).toBe(true);
    expect(can('import', connection({ state: 'added', oauth_grant_type: 'password' }))).toBe(true);
  });

  it('is not offered for non-OAuth, available or needs-configuration connections', () => {
    expect(
      can('import', oauthConnection({ auth_type: 'basic', oauth_grant_type: undefined })),
    ).toBe(false);
    expect(can('import', oauthConnection({ state: 'available' }))).toBe(false);
    expect(can('import', oauthConnection({ integration_state: 'needs_configuration' }))).toBe(
      false,
    );
  });
});

describe('editSettings', () => {
  it('is offered when a visible form field exists', () => {
    expect(can('editSettings', oauthConnection())).toBe(true);
    expect(
      can(
        'editSettings',
        oauthConnection({ form_fields: [{ id: 'a', hidden: true }, { id: 'b' }] }),
      ),
    ).toBe(true);
  });

  it('is not offered when every field is hidden or deprecated, or there are none', () => {
    const fields = [
      { id: 'a', hidden: true },
      { id: 'b', deprecated: true },
      { id: 'c', type: 'hidden' },
    ];
    expect(can('editSettings', oauthConnection({ form_fields: fields }))).toBe(false);
    expect(can('editSettings', oauthConnection({ form_fields: [] }))).toBe(false);
    expect(can('editSettings', oauthConnection({ form_fields: null }))).toBe(false);
  });

  it('is not offered for an available integration', () => {
    expect(can('editSettings', oauthConnection({ state: 'available' }))).toBe(false);
  });
});

describe('editResourceDefaults', () => {
  it('is offered for callable connections with configurable resources', () => {
    expect(can('editResourceDefaults', oauthConnection())).toBe(true);
    expect(can('editResourceDefaults', oauthConnection(), { hideResourceSettings: false })).toBe(
      true,
    );
  });

  it('is not offered before callable, without resources, or when the session hides it', () => {
    expect(can('editResourceDefaults', oauthConnection({ state: 'authorized' }))).toBe(false);
    expect(can('editResourceDefaults', oauthConnection({ configurable_resources: [] }))).toBe(
      false,
    );
    expect(
      can('editResourceDefaults', oauthConnection({ configurable_resources: undefined })),
    ).toBe(false);
    expect(can('editResourceDefaults', oauthConnection(), { hideResourceSettings: true })).toBe(
      false,
    );
  });
});

describe('validate', () => {
  it('is offered when validation is supported', () => {
    expect(can('validate', oauthConnection({ state: 'added' }))).toBe(true);
  });

  it('is not offered without validation support or for an available integration', () => {
    expect(can('validate', oauthConnection({ validation_support: false }))).toBe(false);
    expect(can('validate', oauthConnection({ validation_support: undefined }))).toBe(false);
    expect(can('validate', oauthConnection({ state: 'available' }))).toBe(false);
  });
});

describe('disable', () => {
  it('is offered for an enabled connection, and when enabled is missing on an added one', () => {
    expect(can('disable', oauthConnection())).toBe(true);
    expect(can('disable', oauthConnection({ enabled: undefined }))).toBe(true);
  });

  it('is not offered when already disabled or available', () => {
    expect(can('disable', oauthConnection({ enabled: false }))).toBe(false);
    expect(can('disable', oauthConnection({ state: 'available', enabled: true }))).toBe(false);
  });
});

describe('reauthorize', () => {
  it('is offered for callable and invalid authorization-code connections', () => {
    expect(can('reauthorize', oauthConnection())).toBe(true);
    expect(can('reauthorize', oauthConnection({ state: 'invalid' }))).toBe(true);
  });

  it('is not offered before the first authorization', () => {
    expect(can('reauthorize', oauthConnection({ state: 'added' }))).toBe(false);
    expect(can('reauthorize', oauthConnection({ state: 'authorized' }))).toBe(false);
  });

  it('is not offered when disabled, for token grants, or when the integration needs configuration', () => {
    expect(can('reauthorize', oauthConnection({ enabled: false }))).toBe(false);
    expect(can('reauthorize', oauthConnection({ oauth_grant_type: 'client_credentials' }))).toBe(
      false,
    );
    expect(can('reauthorize', oauthConnection({ integration_state: 'needs_configuration' }))).toBe(
      false,
    );
    expect(can('reauthorize', oauthConnection({ authorize_url: null }))).toBe(false);
  });

  it('waits for the settings required for authorization', () => {
    const item = oauthConnection({
      state: 'invalid',
      settings_required_for_authorization: ['subdomain'],
    });
    expect(can('reauthorize', item)).toBe(false);
    expect(can('reauthorize', { ...item, settings: { subdomain: 'acme' } })).toBe(true);
  });
});

describe('disconnect', () => {
  it('is offered with a revoke_url once authorized', () => {
    expect(can('disconnect', oauthConnection({ state: 'callable' }))).toBe(true);
    expect(can('disconnect', oauthConnection({ state: 'authorized' }))).toBe(true);
    expect(can('disconnect', oauthConnection({ state: 'invalid' }))).toBe(true);
  });

  it('is not offered without a revoke_url or before authorization', () => {
    expect(can('disconnect', oauthConnection({ revoke_url: null }))).toBe(false);
    expect(can('disconnect', oauthConnection({ revoke_url: '' }))).toBe(false);
    expect(can('disconnect', oauthConnection({ state: 'added' }))).toBe(false);
    expect(can('disconnect', oauthConnection({ state: 'available' }))).toBe(false);
  });
});

describe('delete', () => {
  it('is offered for any connection that is not merely available', () => {
    expect(can('delete', oauthConnection({ state: 'added' }))).toBe(true);
    expect(can('delete', oauthConnection({ enabled: false }))).toBe(true);
    expect(can('delete', connection({ state: 'migrating' }))).toBe(true);
  });

  it('is not offered for an available integration', () => {
    expect(can('delete', oauthConnection({ state: 'available' }))).toBe(false);
  });
});

describe('allow_actions', () => {
  const gated: ConnectionAction[] = ['delete', 'disconnect', 'reauthorize', 'disable'];

  it('allows everything when undefined or null', () => {
    for (const allowActions of [undefined, null]) {
      const actions = getConnectionActions(oauthConnection(), { allowActions });
      expect(actions).toEqual(expect.arrayContaining(gated));
    }
  });

  it('hides all four gated actions when empty, and nothing else', () => {
    expect(getConnectionActions(oauthConnection(), { allowActions: [] })).toEqual([
      'import',
      'editSettings',
      'editResourceDefaults',
      'validate',
    ]);
  });

  it('keeps only the gated actions it names', () => {
    const actions = getConnectionActions(oauthConnection(), {
      allowActions: ['disable', 'delete'],
    });
    expect(actions).toEqual([
      'import',
      'editSettings',
      'editResourceDefaults',
      'validate',
      'disable',
      'delete',
    ]);
  });

  it('never hides add, enable, authorize or the others, and ignores unknown names', () => {
    expect(can('add', oauthConnection({ state: 'available' }), { allowActions: [] })).toBe(true);
    expect(can('enable', oauthConnection({ enabled: false }), { allowActions: ['delete'] })).toBe(
      true,
    );
    expect(can('disconnect', oauthConnection(), { allowActions: ['bogus', 'disconnect'] })).toBe(
      true,
    );
    expect(can('reauthorize', oauthConnection(), { allowActions: ['bogus', 'disconnect'] })).toBe(
      false,
    );
  });

  it('does not unlock an action the state forbids', () => {
    expect(
      can('delete', oauthConnection({ state: 'available' }), { allowActions: ['delete'] }),
    ).toBe(false);
  });
});

describe('connectionActionOptionsFromSession', () => {
  it('reads allow_actions and hide_resource_settings from the claims', () => {
    expect(
      connectionActionOptionsFromSession({
        settings: { allow_actions: ['delete'], hide_resource_settings: true },
      }),
    ).toEqual({ allowActions: ['delete'], hideResourceSettings: true });
  });

  it('allows everything without claims or settings', () => {
    expect(connectionActionOptionsFromSession(undefined)).toEqual({
      allowActions: undefined,
      hideResourceSettings: false,
    });
    const options = connectionActionOptionsFromSession({ consumer_id: 'c' });
    expect(getConnectionActions(oauthConnection(), options)).toContain('delete');
  });
});
