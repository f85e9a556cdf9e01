import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import { buildSettingsFormModel } from './buildSettingsFormModel';
import { settingsPayloadFromValues } from './settingsPayloadFromValues';

const connection: Connection = {
  id: 'crm+acme',
  service_id: 'acme',
  unified_api: 'crm',
  settings: {
    instance_url: 'https://eu.acme.test',
    api_key: '********',
    client_secret: 'sk_live_••••1234',
    tenant: 1234,
    legacy_region: 'eu-west',
    locked: 'fixed',
    port: '8080',
    account_no: 42,
    size: 5,
    tags: ['a', 1, true],
  },
  form_fields: [
    { id: 'instance_url', type: 'url' },
    { id: 'api_key', type: 'text', sensitive: true },
    { id: 'client_secret', type: 'password' },
    { id: 'note', type: 'textarea' },
    { id: 'tenant', type: 'hidden' },
    { id: 'legacy_region', type: 'text', deprecated: true },
    { id: 'hidden_flag', type: 'checkbox', hidden: true, default_value: true },
    { id: 'locked', type: 'text', disabled: true },
    { id: 'port', type: 'number' },
    { id: 'account_no', type: 'text' },
    { id: 'size', type: 'select', options: [{ label: 'Five', value: 5 }] },
    {
      id: 'tags',
      type: 'multi-select',
      options: [
        { label: 'A', value: 'a' },
        { label: 'B', value: 'b' },
      ],
      allow_custom_values: true,
    },
    { id: 'sync', type: 'boolean', value: 'false' },
    { id: 'webhook', type: 'copy', value: 'https://hooks.test/1' },
    { id: 'help', type: 'info', value: 'Read the guide.' },
  ],
};

describe('settingsPayloadFromValues', () => {
  const model = buildSettingsFormModel(connection);

  it('sends an untouched form back in API types, leaving secrets and read-only text out', () => {
    expect(settingsPayloadFromValues(model, model.defaultValues)).toEqual({
      instance_url: 'https://eu.acme.test',
      tenant: 1234,
      legacy_region: 'eu-west',
      locked: 'fixed',
      port: 8080,
      account_no: 42,
      size: 5,
      tags: ['a', 1, true],
      sync: false,
    });
  });

  it('sends edited values with the type the API expects', () => {
    const payload = settingsPayloadFromValues(model, {
      ...model.defaultValues,
      port: '9090',
      account_no: '43',
      size: '5',
      tags: ['b', '1', 'custom'],
      sync: true,
      note: 'hello',
    });
    expect(payload).toMatchObject({
      port: 9090,
      account_no: '43',
      size: 5,
      tags: ['b', 1, 'custom'],
      sync: true,
      note: 'hello',
    });
  });

  it('accepts the schema’s parsed output as well as raw values', () => {
    const parsed = model.schema.parse({ ...model.defaultValues, port: '81' });
    expect(settingsPayloadFromValues(model, parsed).port).toBe(81);
  });

  describe('sensitive fields', () => {
    it('are never overwritten by their mask', () => {
      const payload = settingsPayloadFromValues(model, model.defaultValues);
      expect(payload).not.toHaveProperty('api_key');
      expect(payload).not.toHaveProperty('client_secret');
    });

    it('are never overwritten by a blank', () => {
      const payload = settingsPayloadFromValues(model, {
        ...model.defaultValues,
        api_key: '',
        client_secret: '   ',
      });
      expect(payload).not.toHaveProperty('api_key');
      expect(payload).not.toHaveProperty('client_secret');
    });

    it('are never overwritten by mask characters, even ones that differ from the stored mask', () => {
      const payload = settingsPayloadFromValues(model, {
        ...model.defaultValues,
        api_key: '•••••',
      });
      expect(payload).not.toHaveProperty('api_key');
    });

    it('are sent when the user typed a new secret', () => {
      const payload = settingsPayloadFromValues(model, {
        ...model.defaultValues,
        api_key: 'new-key',
        client_secret: 'sk_live_new',
      });
      expect(payload).toMatchObject({ api_key: 'new-key', client_secret: 'sk_live_new' });
    });

    it('compare with the original settings when given', () => {
      const values = { ...model.defaultValues, api_key: 'current-secret' };
      expect(
        settingsPayloadFromValues(model, values, { api_key: 'current-secret' }),
      ).not.toHaveProperty('api_key');
      expect(settingsPayloadFromValues(model, values, { api_key: 'older' }).api_key).toBe(
        'current-secret',
      );
    });

    it('are left out when hidden, whatever the form holds', () => {
      const hiddenSecret = buildSettingsFormModel(
        [{ id: 'token', type: 'text', sensitive: true, hidden: true }],
        { token: '****' },
      );
      expect(settingsPayloadFromValues(hiddenSecret, { token: 'changed' })).toEqual({});
    });
  });

  it('sends hidden, deprecated and disabled fields back unchanged, whatever the form holds', () => {
    const payload = settingsPayloadFromValues(model, {
      ...model.defaultValues,
      tenant: 9999,
      legacy_region: 'us-east',
      locked: 'changed',
      hidden_flag: false,
    });
    expect(payload).toMatchObject({ tenant: 1234, legacy_region: 'eu-west', locked: 'fixed' });
    expect(payload).not.toHaveProperty('hidden_flag');
  });

  it('never sends copy or info fields', () => {
    const payload = settingsPayloadFromValues(model, model.defaultValues);
    expect(payload).not.toHaveProperty('webhook');
    expect(payload).not.toHaveProperty('help');
  });

  it('clears an emptied field that had a value, and leaves out one that never had', () => {
    const payload = settingsPayloadFromValues(model, {
      ...model.defaultValues,
      instance_url: '',
      port: '',
      size: '',
      tags: [],
      note: '',
    });
    expect(payload).toMatchObject({ instance_url: null, port: null, size: null, tags: [] });
    expect(payload).not.toHaveProperty('note');
  });

  it('keeps the stored value of a field the values do not mention', () => {
    const { instance_url: _dropped, ...values } = model.defaultValues;
    expect(settingsPayloadFromValues(model, values).instance_url).toBe('https://eu.acme.test');
  });

  it('passes a value it cannot convert through rather than dropping it', () => {
    const payload = settingsPayloadFromValues(model, { ...model.defaultValues, port: 'eighty' });
    expect(payload.port).toBe('eighty');
  });
});
