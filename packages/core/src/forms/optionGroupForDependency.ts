import type { FormFieldModel, FormOptionGroup } from './FormModel';
import { optionKeyOf } from './formOptions';
import { isBlank } from './formValues';

/**
 * The option group a `filtered-select` shows for its dependency's value: the group whose `id`
 * equals that value (compared as strings). Groups the API sent without an id are matched by
 * label instead. `undefined` when the dependency is empty or picks no group.
 */
export function optionGroupForDependency(
  field: Pick<FormFieldModel, 'optionGroups'>,
  dependencyValue: unknown,
): FormOptionGroup | undefined {
  if (isBlank(dependencyValue) || Array.isArray(dependencyValue)) return undefined;
  const key = optionKeyOf(dependencyValue);
  return (
    field.optionGroups.find((group) => group.id === key) ??
    field.optionGroups.find((group) => group.id === undefined && group.label === key)
  );
}
