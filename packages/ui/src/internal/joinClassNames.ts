/** Joins class names, skipping empty ones: `joinClassNames('a', cond && 'b', props.className)`. */
export function joinClassNames(
  ...names: Array<string | false | null | undefined>
): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
