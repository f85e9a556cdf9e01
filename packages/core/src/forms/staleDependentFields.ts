import type { FormModel } from './FormModel';
import { optionKeyOf } from './formOptions';
import { isEmptyFormValue } from './formValues';
import { visibleOptionsFor } from './visibleOptionsFor';

/**
 * The ids of rendered `filtered-select` fields whose value is no longer among their visible
 * options, typically because the field they depend on changed; a UI clears them. A field that
 * allows custom values is stale only when its value is an option of another group (a value the
 * user typed is never cleared). Empty fields are never stale.
 *
 * @example
 * for (const id of staleDependentFields(model, form.getValues())) form.setValue(id, '');
 */
export function staleDependentFields(
  model: Pick<FormModel, 'fields'>,
  values: Readonly<Record<string, unknown>>,
): string[] {
  const stale: string[] = [];
  for (const field of model.fields) {
    if (field.kind !== 'filtered-select' || !field.visible) continue;
    const value = values[field.id];
    if (isEmptyFormValue(value) || Array.isArray(value)) continue;
    const key = optionKeyOf(value);
    if (visibleOptionsFor(field, values).some((option) => option.key === key)) continue;
    if (field.allowCustomValues && !field.options.some((option) => option.key === key)) continue;
    stale.push(field.id);
  }
  return stale;
}
