import type { FormFieldModel, FormOption } from './FormModel';
import { optionGroupForDependency } from './optionGroupForDependency';

/**
 * The options a select widget offers right now. For a `filtered-select` that names a dependency
 * and has option groups, the options of the group whose `id` equals the dependency's current
 * value (none until the dependency has one). For every other field, all of its options, flat.
 *
 * @example
 * const options = visibleOptionsFor(model.fields[2], form.watch());
 */
export function visibleOptionsFor(
  field: FormFieldModel,
  values: Readonly<Record<string, unknown>>,
): FormOption[] {
  if (field.kind !== 'filtered-select' || field.dependsOn === undefined) return field.options;
  if (field.optionGroups.length === 0) return field.options;
  return optionGroupForDependency(field, values[field.dependsOn])?.options ?? [];
}
