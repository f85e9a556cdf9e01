import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import { buildResourceDefaultsFormModel } from './buildResourceDefaultsFormModel';
import { resourceDefaultsPayloadFromValues } from './resourceDefaultsPayloadFromValues';

const connection: Connection = {
  id: 'crm+salesforce',
  service_id: 'salesforce',
  unified_api: 'crm',
  configuration: [
    {
      resource: 'leads',
      defaults: [
        {
          id: 'ProductInterest',
          target: 'custom_fields',
          options: [
            { label: 'Ten', value: 10 },
            { label: 'Twenty', value: 20 },
          ],
          value: 10,
        },
        { id: 'lead_source', target: 'resource', value: 'Web' },
        { id: 'labels', value: ['a', 1, true, 2.5] },
        { id: 'is_hot', value: false },
        { id: 'owner_id' },
      ],
    },
  ],
};

describe('resourceDefaultsPayloadFromValues', () => {
  const model = buildResourceDefaultsFormModel(connection, 'leads');

  it('sends every default as {id, value, target}, keeping the API’s types', () => {
    expect(resourceDefaultsPayloadFromValues(model, model.defaultValues)).toEqual([
      { id: 'ProductInterest', value: 10, target: 'custom_fields' },
      { id: 'lead_source', value: 'Web', target: 'resource' },
      { id: 'labels', value: ['a', 1, true, 2.5] },
      { id: 'is_hot', value: false },
      { id: 'owner_id', value: null },
    ]);
  });

  it('keeps the type of each item of an edited mixed list', () => {
    const payload = resourceDefaultsPayloadFromValues(model, {
      ...model.defaultValues,
      ProductInterest: '20',
      labels: ['true', '1', 'new'],
      is_hot: 'true',
      owner_id: 'u-1',
    });
    expect(payload).toEqual([
      { id: 'ProductInterest', value: 20, target: 'custom_fields' },
      { id: 'lead_source', value: 'Web', target: 'resource' },
      { id: 'labels', value: [true, 1, 'new'] },
      { id: 'is_hot', value: true },
      { id: 'owner_id', value: 'u-1' },
    ]);
  });

  it('sends emptied defaults as null, or an empty list for a multi-select', () => {
    const payload = resourceDefaultsPayloadFromValues(model, {
      ...model.defaultValues,
      ProductInterest: '',
      lead_source: '',
      labels: [],
    });
    expect(payload.slice(0, 3)).toEqual([
      { id: 'ProductInterest', value: null, target: 'custom_fields' },
      { id: 'lead_source', value: null, target: 'resource' },
      { id: 'labels', value: [] },
    ]);
  });

  it('applies the rules for copy, hidden and sensitive fields', () => {
    const config = buildResourceDefaultsFormModel([
      { id: 'info', type: 'info', value: 'Read me' },
      { id: 'internal', type: 'hidden', value: 'keep' },
      { id: 'token', type: 'text', sensitive: true, value: '****' },
    ]);
    expect(
      resourceDefaultsPayloadFromValues(config, { info: 'x', internal: 'changed', token: '****' }),
    ).toEqual([{ id: 'internal', value: 'keep' }]);
  });
});
