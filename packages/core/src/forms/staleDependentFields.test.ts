import { describe, expect, it } from 'vitest';
import type { FormField } from '../schemas/formField';
import { buildSettingsFormModel } from './buildSettingsFormModel';
import { staleDependentFields } from './staleDependentFields';

const groups = [
  { id: 'ws-1', label: 'Sales', options: [{ label: 'Pipeline', value: 'p-1' }] },
  { id: 'ws-2', label: 'Support', options: [{ label: 'Tickets', value: 'p-2' }] },
];

const formFields: FormField[] = [
  {
    id: 'workspace',
    type: 'select',
    options: [
      { label: 'Sales', value: 'ws-1' },
      { label: 'Support', value: 'ws-2' },
    ],
  },
  { id: 'project', type: 'filtered-select', filter: { value: 'workspace' }, options: groups },
  {
    id: 'custom_project',
    type: 'filtered-select',
    filter: { value: 'workspace' },
    options: groups,
    allow_custom_values: true,
  },
  { id: 'region', type: 'select', options: [{ label: 'EU', value: 'eu' }] },
];

describe('staleDependentFields', () => {
  const model = buildSettingsFormModel(formFields);

  it('finds nothing while every dependent value fits its group', () => {
    expect(
      staleDependentFields(model, { workspace: 'ws-1', project: 'p-1', custom_project: 'p-1' }),
    ).toEqual([]);
  });

  it('finds a dependent value left behind when the dependency changes', () => {
    expect(
      staleDependentFields(model, { workspace: 'ws-2', project: 'p-1', custom_project: '' }),
    ).toEqual(['project']);
    expect(staleDependentFields(model, { workspace: '', project: 'p-1' })).toEqual(['project']);
  });

  it('clears an option of another group but never a value the user typed', () => {
    expect(
      staleDependentFields(model, { workspace: 'ws-2', project: '', custom_project: 'p-1' }),
    ).toEqual(['custom_project']);
    expect(
      staleDependentFields(model, { workspace: 'ws-2', project: '', custom_project: 'mine' }),
    ).toEqual([]);
  });

  it('ignores empty values, plain selects and fields that are not rendered', () => {
    expect(staleDependentFields(model, { workspace: 'ws-2', project: '', region: 'zz' })).toEqual(
      [],
    );
    const hidden = buildSettingsFormModel([
      formFields[0] as FormField,
      { ...(formFields[1] as FormField), hidden: true },
    ]);
    expect(staleDependentFields(hidden, { workspace: 'ws-2', project: 'p-1' })).toEqual([]);
  });
});
