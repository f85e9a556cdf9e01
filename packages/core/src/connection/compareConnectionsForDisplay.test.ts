import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import { compareConnectionsForDisplay } from './compareConnectionsForDisplay';

function connection(overrides: Partial<Connection> = {}): Connection {
  const serviceId = overrides.service_id ?? 'salesforce';
  return { id: `crm+${serviceId}`, service_id: serviceId, unified_api: 'crm', ...overrides };
}

function sortedNames(connections: Connection[]): Array<string | null | undefined> {
  return [...connections].sort(compareConnectionsForDisplay).map((item) => item.name);
}

describe('compareConnectionsForDisplay', () => {
  it('puts connected first, then needs attention, then disabled, then not connected, then unknown', () => {
    const connections = [
      connection({ name: 'not connected', state: 'available', enabled: false }),
      connection({ name: 'unknown', state: 'migrating' }),
      connection({ name: 'disabled', state: 'callable', enabled: false }),
      connection({
        name: 'needs configuration',
        integration_state: 'needs_configuration',
        state: 'added',
      }),
      connection({ name: 'unauthorized', state: 'added', enabled: true }),
      connection({ name: 'input required', state: 'authorized', enabled: true }),
      connection({ name: 'invalid', state: 'invalid', enabled: true }),
      connection({ name: 'pending', state: 'authorized', health: 'pending_confirmation' }),
      connection({ name: 'connected', state: 'callable', enabled: true }),
    ];
    expect(sortedNames(connections)).toEqual([
      'connected',
      'pending',
      'invalid',
      'input required',
      'unauthorized',
      'needs configuration',
      'disabled',
      'not connected',
      'unknown',
    ]);
  });

  it('breaks ties by name, case-insensitively', () => {
    const connections = ['cherry', 'Banana', 'apple', 'Apricot'].map((name) =>
      connection({ name, service_id: name.toLowerCase(), state: 'callable' }),
    );
    expect(sortedNames(connections)).toEqual(['apple', 'Apricot', 'Banana', 'cherry']);
  });

  it('treats names that differ only in case as equal, then orders by service_id', () => {
    const lower = connection({ name: 'salesforce', service_id: 'sf-b', state: 'callable' });
    const upper = connection({ name: 'Salesforce', service_id: 'sf-a', state: 'callable' });
    expect(compareConnectionsForDisplay(lower, upper)).toBeGreaterThan(0);
    expect(
      [lower, upper].sort(compareConnectionsForDisplay).map((item) => item.service_id),
    ).toEqual(['sf-a', 'sf-b']);
  });

  it('compares names the locale-aware way (accents and numbers)', () => {
    const connections = ['Zoho', 'Émile', 'Sage 200', 'Sage 50', 'Exact'].map((name, index) =>
      connection({ name, service_id: `service-${index}`, state: 'available' }),
    );
    expect(sortedNames(connections)).toEqual(['Émile', 'Exact', 'Sage 50', 'Sage 200', 'Zoho']);
  });

  it('falls back to service_id when there is no name, and stays stable on equal names', () => {
    const b = connection({ service_id: 'bamboohr', state: 'callable' });
    const a = connection({ service_id: 'adp', state: 'callable' });
    const sameNameB = connection({ name: 'Same', service_id: 'same-b', state: 'callable' });
    const sameNameA = connection({ name: 'Same', service_id: 'same-a', state: 'callable' });
    const sorted = [b, sameNameB, a, sameNameA].sort(compareConnectionsForDisplay);
    expect(sorted.map((item) => item.service_id)).toEqual(['adp', 'bamboohr', 'same-a', 'same-b']);
  });

  it('returns 0 only for the same connection', () => {
    const item = connection({ name: 'Salesforce', state: 'callable' });
    expect(compareConnectionsForDisplay(item, { ...item })).toBe(0);
    expect(compareConnectionsForDisplay(item, { ...item, unified_api: 'lead' })).toBeLessThan(0);
  });
});
