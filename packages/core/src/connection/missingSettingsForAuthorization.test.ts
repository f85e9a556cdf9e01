import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import { missingSettingsForAuthorization } from './missingSettingsForAuthorization';

function connection(overrides: Partial<Connection> = {}): Connection {
  return { id: 'crm+zendesk', service_id: 'zendesk', unified_api: 'crm', ...overrides };
}

describe('missingSettingsForAuthorization', () => {
  it('is empty when nothing is required', () => {
    expect(missingSettingsForAuthorization(connection())).toEqual([]);
    expect(
      missingSettingsForAuthorization(connection({ settings_required_for_authorization: [] })),
    ).toEqual([]);
  });

  it('lists required ids without a value, in order', () => {
    const result = missingSettingsForAuthorization(
      connection({
        settings_required_for_authorization: ['subdomain', 'region', 'instance_url'],
        settings: { region: 'eu' },
      }),
    );
    expect(result).toEqual(['subdomain', 'instance_url']);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['an empty string', ''],
    ['a blank string', '   '],
    ['an empty list', []],
  ])('treats %s as empty', (_case, value) => {
    const result = missingSettingsForAuthorization(
      connection({
        settings_required_for_authorization: ['subdomain'],
        settings: { subdomain: value },
      }),
    );
    expect(result).toEqual(['subdomain']);
  });

  it.each<[string, unknown]>([
    ['a string', 'acme'],
    ['false', false],
    ['zero', 0],
    ['a list', ['a']],
  ])('treats %s as filled', (_case, value) => {
    const result = missingSettingsForAuthorization(
      connection({
        settings_required_for_authorization: ['subdomain'],
        settings: { subdomain: value },
      }),
    );
    expect(result).toEqual([]);
  });

  it("counts a form field's value, but not its default_value", () => {
    const result = missingSettingsForAuthorization(
      connection({
        settings_required_for_authorization: ['subdomain', 'region'],
        form_fields: [
          { id: 'subdomain', value: 'acme' },
          { id: 'region', default_value: 'eu' },
        ],
      }),
    );
    expect(result).toEqual(['region']);
  });

  it('lists a duplicated id once', () => {
    const result = missingSettingsForAuthorization(
      connection({ settings_required_for_authorization: ['subdomain', 'subdomain'] }),
    );
    expect(result).toEqual(['subdomain']);
  });
});
