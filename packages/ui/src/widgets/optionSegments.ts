import type { FormFieldModel, FormOption } from '@plugboard/core';

/** A run of options to render together: ungrouped ones, or the members of one labelled group. */
export interface OptionSegment {
  /** The group's label; `undefined` for options outside any group. */
  label: string | undefined;
  /** A key unique among the segments. */
  key: string;
  options: FormOption[];
}

/**
 * Splits options into segments for `<optgroup>`s or nested checkbox groups, keeping the API's
 * order. Options outside any group (or every option, when `grouped` is false) form unlabelled
 * segments.
 */
export function optionSegments(
  field: Pick<FormFieldModel, 'optionGroups'>,
  options: readonly FormOption[],
  grouped: boolean,
): OptionSegment[] {
  const segments: OptionSegment[] = [];
  for (const option of options) {
    const groupId = grouped ? option.groupId : undefined;
    const previous = segments.at(-1);
    const previousGroupId = previous?.key.startsWith('group:') ? previous.key.slice(6) : undefined;
    if (
      previous &&
      (groupId === undefined ? previous.label === undefined : previousGroupId === groupId)
    ) {
      previous.options.push(option);
      continue;
    }
    const label =
      groupId === undefined
        ? undefined
        : (field.optionGroups.find((group) => group.id === groupId)?.label ?? groupId);
    segments.push({
      label,
      key: groupId === undefined ? `plain:${segments.length}` : `group:${groupId}`,
      options: [option],
    });
  }
  return segments;
}

/**
 * The option key for what the user typed in a select that accepts custom values: an option whose
 * label or key matches (ignoring case and surrounding spaces), else the text itself.
 */
export function optionKeyForText(options: readonly FormOption[], text: string): string {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return '';
  const match =
    options.find((option) => option.label.trim().toLowerCase() === wanted) ??
    options.find((option) => option.key.toLowerCase() === wanted);
  return match ? match.key : text.trim();
}

/** The label to show for a stored key: its option's label, else the key itself. */
export function optionLabelForKey(options: readonly FormOption[], key: string): string {
  return options.find((option) => option.key === key)?.label ?? key;
}

/** The options with each key once (the first wins): a key stands for one choice. */
export function uniqueOptions(options: readonly FormOption[]): FormOption[] {
  const byKey = new Map<string, FormOption>();
  for (const option of options) if (!byKey.has(option.key)) byKey.set(option.key, option);
  return [...byKey.values()];
}
