import { describe, expect, it } from 'vitest';
import { buildSettingsFormModel } from './buildSettingsFormModel';
import { mapFieldErrorsToForm } from './mapFieldErrorsToForm';

const model = buildSettingsFormModel([
  { id: 'instance_url', label: 'Instance URL', type: 'url' },
  { id: 'api_key', label: 'API key', type: 'text', sensitive: true },
  { id: 'tenant_id', label: 'Tenant', type: 'hidden' },
  { id: 'legacy', type: 'text', deprecated: true },
  { id: 'Region', type: 'select' },
]);

describe('mapFieldErrorsToForm', () => {
  it('maps plain, dotted and bracketed keys onto field ids', () => {
    expect(
      mapFieldErrorsToForm(model, {
        instance_url: 'Must be a Salesforce URL',
        'settings.api_key': 'Invalid key',
        'settings[Region]': 'Unknown region',
      }),
    ).toEqual({
      fieldErrors: {
        instance_url: 'Must be a Salesforce URL',
        api_key: 'Invalid key',
        Region: 'Unknown region',
      },
      formErrors: [],
    });
  });

  it('reads quoted brackets, JSON pointers and keys in another case', () => {
    expect(
      mapFieldErrorsToForm(model, {
        "settings['instance_url']": 'A',
        '/settings/api_key': 'B',
        region: 'C',
      }).fieldErrors,
    ).toEqual({ instance_url: 'A', api_key: 'B', Region: 'C' });
  });

  it('keeps the first message when two keys name the same field', () => {
    expect(
      mapFieldErrorsToForm(model, { instance_url: 'First', 'settings.instance_url': 'Second' })
        .fieldErrors,
    ).toEqual({ instance_url: 'First' });
  });

  it('sends errors about fields it does not render or know to the form, naming them', () => {
    expect(
      mapFieldErrorsToForm(model, {
        tenant_id: 'This field is required.',
        'settings.legacy': 'Legacy is no longer supported',
        'settings.subdomain': 'Not found',
        'Missing property foobar': 'Missing property foobar',
      }),
    ).toEqual({
      fieldErrors: {},
      formErrors: [
        'Tenant: This field is required.',
        'Legacy is no longer supported',
        'subdomain: Not found',
        'Missing property foobar',
      ],
    });
  });

  it('copes with no errors and with empty messages', () => {
    expect(mapFieldErrorsToForm(model, undefined)).toEqual({ fieldErrors: {}, formErrors: [] });
    expect(mapFieldErrorsToForm(model, { api_key: '' }).fieldErrors).toEqual({
      api_key: 'This value is not valid.',
    });
  });
});
