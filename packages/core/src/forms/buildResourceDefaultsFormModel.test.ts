import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import type { ResourceConfig } from '../schemas/responses';
import { buildResourceDefaultsFormModel } from './buildResourceDefaultsFormModel';

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
            { label: 'GC5000 series', value: 'GC5000 series' },
            { label: 'GC6000 series', value: 'GC6000 series' },
          ],
          value: 'GC5000 series',
        },
        { id: 'lead_source', target: 'resource', value: 'Web' },
        { id: 'score', value: 10.5 },
        { id: 'is_hot', value: true },
        { id: 'labels', value: ['a', 1, true] },
        { id: 'owner_id' },
        {
          id: 'stage',
          label: 'Pipeline stage',
          type: 'select',
          options: [{ label: 'New', value: 'new' }],
        },
      ],
    },
    { resource: 'contacts', defaults: null },
  ],
};

describe('buildResourceDefaultsFormModel', () => {
  it('builds a form from a connection’s defaults for one resource', () => {
    const model = buildResourceDefaultsFormModel(connection, 'leads');
    expect(
      model.fields.map(({ id, kind, label, target }) => ({ id, kind, label, target })),
    ).toEqual([
      { id: 'ProductInterest', kind: 'select', label: 'Product interest', target: 'custom_fields' },
      { id: 'lead_source', kind: 'text', label: 'Lead source', target: 'resource' },
      { id: 'score', kind: 'number', label: 'Score', target: undefined },
      { id: 'is_hot', kind: 'checkbox', label: 'Is hot', target: undefined },
      { id: 'labels', kind: 'multi-select', label: 'Labels', target: undefined },
      { id: 'owner_id', kind: 'text', label: 'Owner ID', target: undefined },
      { id: 'stage', kind: 'select', label: 'Pipeline stage', target: undefined },
    ]);
    expect(model.defaultValues).toEqual({
      ProductInterest: 'GC5000 series',
      lead_source: 'Web',
      score: 10.5,
      is_hot: true,
      labels: ['a', '1', 'true'],
      owner_id: '',
      stage: '',
    });
    expect(model.schema.safeParse(model.defaultValues).success).toBe(true);
    expect(
      model.schema.safeParse({ ...model.defaultValues, ProductInterest: 'nope' }).success,
    ).toBe(false);
  });

  it('gives an empty form for a resource without defaults or one it does not know', () => {
    expect(buildResourceDefaultsFormModel(connection, 'contacts').fields).toEqual([]);
    expect(buildResourceDefaultsFormModel(connection, 'opportunities').fields).toEqual([]);
    expect(
      buildResourceDefaultsFormModel({ ...connection, configuration: null }, 'leads').fields,
    ).toEqual([]);
  });

  it('builds a form from what GET …/{resource}/config answers', () => {
    const resourceConfig: ResourceConfig = {
      configuration: [
        {
          id: 'currency',
          type: 'select',
          label: 'Currency',
          options: [
            { label: 'Euro', value: 'EUR' },
            { label: 'Dollar', value: 'USD' },
          ],
          value: 'EUR',
          target: 'resource',
        },
        { id: 'note_prefix', type: 'text', label: 'Note prefix', default_value: 'From Vault:' },
        { id: 'teams', type: 'multi-select', label: null, value: [1, 'two'] },
      ],
    };
    const model = buildResourceDefaultsFormModel(resourceConfig);
    expect(model.fields.map(({ id, kind, label }) => ({ id, kind, label }))).toEqual([
      { id: 'currency', kind: 'select', label: 'Currency' },
      { id: 'note_prefix', kind: 'text', label: 'Note prefix' },
      { id: 'teams', kind: 'multi-select', label: 'Teams' },
    ]);
    expect(model.defaultValues).toEqual({
      currency: 'EUR',
      note_prefix: 'From Vault:',
      teams: ['1', 'two'],
    });
    expect(buildResourceDefaultsFormModel(resourceConfig.configuration).fields).toHaveLength(3);
  });

  it('passes messages through', () => {
    const model = buildResourceDefaultsFormModel(
      [{ id: 'code', type: 'select', options: [{ label: 'A', value: 'a' }] }],
      { messages: { invalid_option: 'Kies een optie.' } },
    );
    const result = model.schema.safeParse({ code: 'b' });
    expect(result.success ? undefined : result.error.issues[0]?.message).toBe('Kies een optie.');
  });
});
