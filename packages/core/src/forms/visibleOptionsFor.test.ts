import { describe, expect, it } from 'vitest';
import type { FormField } from '../schemas/formField';
import { buildSettingsFormModel } from './buildSettingsFormModel';
import type { FormFieldModel } from './FormModel';
import { visibleOptionsFor } from './visibleOptionsFor';

const formFields: FormField[] = [
  {
    id: 'workspace',
    type: 'select',
    options: [
      { label: 'Sales', value: 'ws-1' },
      { label: 'Support', value: 7 },
    ],
  },
  {
    id: 'project',
    type: 'filtered-select',
    filter: { value: 'workspace' },
    options: [
      { id: 'ws-1', label: 'Sales', options: [{ label: 'Pipeline', value: 'p-1' }] },
      { id: '7', label: 'Support', options: [{ label: 'Tickets', value: 'p-2' }] },
      { label: 'Unnamed', options: [{ label: 'Orphan', value: 'p-3' }] },
    ],
  },
];

function fieldOf(id: string): FormFieldModel {
  const field = buildSettingsFormModel(formFields).fields.find((item) => item.id === id);
  if (!field) throw new Error(id);
  return field;
}

describe('visibleOptionsFor', () => {
  it('shows the group whose id equals the dependency’s value', () => {
    const project = fieldOf('project');
    expect(visibleOptionsFor(project, { workspace: 'ws-1' }).map((o) => o.key)).toEqual(['p-1']);
    expect(visibleOptionsFor(project, { workspace: '7' }).map((o) => o.key)).toEqual(['p-2']);
    expect(visibleOptionsFor(project, { workspace: 7 }).map((o) => o.key)).toEqual(['p-2']);
  });

  it('shows nothing until the dependency has a value that picks a group', () => {
    const project = fieldOf('project');
    expect(visibleOptionsFor(project, {})).toEqual([]);
    expect(visibleOptionsFor(project, { workspace: '' })).toEqual([]);
    expect(visibleOptionsFor(project, { workspace: null })).toEqual([]);
    expect(visibleOptionsFor(project, { workspace: 'ws-9' })).toEqual([]);
    expect(visibleOptionsFor(project, { workspace: ['ws-1'] })).toEqual([]);
  });

  it('matches a group without an id by its label', () => {
    expect(visibleOptionsFor(fieldOf('project'), { workspace: 'Unnamed' })).toMatchObject([
      { key: 'p-3' },
    ]);
  });

  it('gives other fields all of their options', () => {
    expect(visibleOptionsFor(fieldOf('workspace'), {}).map((o) => o.key)).toEqual(['ws-1', '7']);
  });

  it('gives a filtered-select without groups or dependency its flat options', () => {
    const [field] = buildSettingsFormModel([
      {
        id: 'loose',
        type: 'filtered-select',
        filter: { value: 'workspace' },
        options: [{ label: 'A', value: 'a' }],
      },
    ]).fields;
    if (!field) throw new Error('no field');
    expect(visibleOptionsFor(field, {}).map((o) => o.key)).toEqual(['a']);
  });
});
