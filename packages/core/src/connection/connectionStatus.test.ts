import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import {
  CONNECTION_STATUS_RULES,
  type ConnectionStatus,
  getConnectionStatus,
  UNKNOWN_CONNECTION_STATUS,
} from './connectionStatus';

function connection(overrides: Partial<Connection> = {}): Connection {
  return { id: 'crm+salesforce', service_id: 'salesforce', unified_api: 'crm', ...overrides };
}

describe('getConnectionStatus', () => {
  it.each<[string, Partial<Connection>, ConnectionStatus, string, string]>([
    [
      'health pending_confirmation',
      { health: 'pending_confirmation', enabled: true, state: 'authorized' },
      'pending_confirmation',
      'Pending confirmation',
      'warning',
    ],
    [
      'integration_state needs_configuration',
      { integration_state: 'needs_configuration', enabled: true, state: 'added' },
      'needs_configuration',
      'Needs configuration',
      'warning',
    ],
    [
      'state invalid',
      { state: 'invalid', enabled: true },
      'invalid',
      'Invalid configuration',
      'danger',
    ],
    [
      'state available',
      { state: 'available', enabled: false },
      'not_connected',
      'Not connected',
      'neutral',
    ],
    ['enabled false', { state: 'callable', enabled: false }, 'disabled', 'Disabled', 'neutral'],
    ['state added', { state: 'added', enabled: true }, 'unauthorized', 'Unauthorized', 'warning'],
    [
      'state authorized',
      { state: 'authorized', enabled: true },
      'input_required',
      'Input required',
      'warning',
    ],
    ['state callable', { state: 'callable', enabled: true }, 'connected', 'Connected', 'success'],
  ])('%s → %s', (_case, overrides, status, label, tone) => {
    const result = getConnectionStatus(connection(overrides));
    expect(result).toMatchObject({ status, label, tone });
    expect(result.description).toMatch(/^[A-Z].+\.$/);
  });

  describe('first match wins', () => {
    it('disabled but invalid → Invalid configuration', () => {
      expect(getConnectionStatus(connection({ state: 'invalid', enabled: false })).status).toBe(
        'invalid',
      );
    });

    it('pending confirmation beats callable', () => {
      const result = getConnectionStatus(
        connection({ state: 'callable', enabled: true, health: 'pending_confirmation' }),
      );
      expect(result.status).toBe('pending_confirmation');
    });

    it('needs configuration beats invalid and disabled', () => {
      const result = getConnectionStatus(
        connection({ integration_state: 'needs_configuration', state: 'invalid', enabled: false }),
      );
      expect(result.status).toBe('needs_configuration');
    });

    it('available beats disabled', () => {
      expect(getConnectionStatus(connection({ state: 'available', enabled: false })).status).toBe(
        'not_connected',
      );
    });

    it('disabled beats added and authorized', () => {
      expect(getConnectionStatus(connection({ state: 'added', enabled: false })).status).toBe(
        'disabled',
      );
      expect(getConnectionStatus(connection({ state: 'authorized', enabled: false })).status).toBe(
        'disabled',
      );
    });

    it('other health values do not override the state', () => {
      expect(
        getConnectionStatus(connection({ state: 'callable', health: 'needs_auth' })).status,
      ).toBe('connected');
    });
  });

  describe('degrades to unknown', () => {
    it.each<[string, Partial<Connection>]>([
      ['an unknown state string', { state: 'migrating', enabled: true }],
      ['no state at all', {}],
      ['null fields', { state: null, enabled: null, health: null, integration_state: null }],
      [
        'an unknown health and integration state',
        { health: 'on_fire', integration_state: 'archived' },
      ],
      ['enabled missing and unknown state', { state: 'CALLABLE' }],
    ])('%s', (_case, overrides) => {
      const result = getConnectionStatus(connection(overrides));
      expect(result).toEqual({
        status: 'unknown',
        label: 'Unknown status',
        tone: 'neutral',
        description: UNKNOWN_CONNECTION_STATUS.description,
      });
    });

    it('returns a copy, so a caller cannot change the fallback for everyone', () => {
      const result = getConnectionStatus(connection());
      result.label = 'changed';
      expect(getConnectionStatus(connection()).label).toBe('Unknown status');
    });
  });

  it('treats enabled missing on a callable connection as connected', () => {
    expect(getConnectionStatus(connection({ state: 'callable' })).status).toBe('connected');
  });

  it('answers only the four display fields', () => {
    expect(Object.keys(getConnectionStatus(connection({ state: 'callable' }))).sort()).toEqual([
      'description',
      'label',
      'status',
      'tone',
    ]);
  });
});

describe('CONNECTION_STATUS_RULES', () => {
  it('lists the rows in the order Apideck applies them', () => {
    expect(CONNECTION_STATUS_RULES.map((rule) => rule.label)).toEqual([
      'Pending confirmation',
      'Needs configuration',
      'Invalid configuration',
      'Not connected',
      'Disabled',
      'Unauthorized',
      'Input required',
      'Connected',
    ]);
  });

  it('gives every row a condition in words and a one-sentence description', () => {
    for (const rule of CONNECTION_STATUS_RULES) {
      expect(rule.when).not.toBe('');
      expect(rule.description.split(/\.\s/)).toHaveLength(1);
      expect(rule.description.endsWith('.')).toBe(true);
    }
  });
});
