/** How many cards share the first row, read from layout. 1 when there is no layout (jsdom, SSR). */
export function columnCount(items: readonly Element[]): number {
  const first = items[0]?.getBoundingClientRect();
  if (!first || (first.width === 0 && first.height === 0)) return 1;
  let columns = 1;
  // A row never holds more than a few dozen cards; stop at the first card on a lower line.
  for (let index = 1; index < items.length; index += 1) {
    const rect = items[index]?.getBoundingClientRect();
    if (!rect || Math.abs(rect.top - first.top) > 1) break;
    columns += 1;
  }
  return columns;
}

/**
 * Where a key press moves focus in a grid of `count` cards laid out in `columns` columns, or
 * `undefined` when the key is not a navigation key or focus would stay put. Left and right swap
 * in right-to-left layouts; up and down move by a row and stop at the edges (a short last row
 * takes focus to its last card).
 */
export function nextIndex(
  key: string,
  index: number,
  count: number,
  columns: number,
  direction: 'ltr' | 'rtl',
): number | undefined {
  const last = count - 1;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  let target: number | undefined;
  switch (key) {
    case forward:
      target = Math.min(index + 1, last);
      break;
    case backward:
      target = Math.max(index - 1, 0);
      break;
    case 'ArrowDown': {
      const below = index + columns;
      const lastRow = Math.floor(last / columns);
      target = below <= last ? below : Math.floor(index / columns) < lastRow ? last : index;
      break;
    }
    case 'ArrowUp':
      target = index - columns >= 0 ? index - columns : index;
      break;
    case 'Home':
      target = 0;
      break;
    case 'End':
      target = last;
      break;
    default:
      return undefined;
  }
  return target;
}
