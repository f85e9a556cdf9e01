import { describe, expect, it } from 'vitest';
import { nextIndex } from './gridNavigation';

// 10 cards in 3 columns:  0 1 2 / 3 4 5 / 6 7 8 / 9
describe('nextIndex', () => {
  it('moves by one along the reading direction', () => {
    expect(nextIndex('ArrowRight', 4, 10, 3, 'ltr')).toBe(5);
    expect(nextIndex('ArrowLeft', 4, 10, 3, 'ltr')).toBe(3);
    expect(nextIndex('ArrowRight', 4, 10, 3, 'rtl')).toBe(3);
    expect(nextIndex('ArrowLeft', 4, 10, 3, 'rtl')).toBe(5);
  });

  it('stops at both ends', () => {
    expect(nextIndex('ArrowLeft', 0, 10, 3, 'ltr')).toBe(0);
    expect(nextIndex('ArrowRight', 9, 10, 3, 'ltr')).toBe(9);
  });

  it('moves by a row, and into a short last row at its last card', () => {
    expect(nextIndex('ArrowDown', 1, 10, 3, 'ltr')).toBe(4);
    expect(nextIndex('ArrowUp', 4, 10, 3, 'ltr')).toBe(1);
    expect(nextIndex('ArrowUp', 1, 10, 3, 'ltr')).toBe(1);
    expect(nextIndex('ArrowDown', 8, 10, 3, 'ltr')).toBe(9);
    expect(nextIndex('ArrowDown', 9, 10, 3, 'ltr')).toBe(9);
  });

  it('jumps with Home and End and ignores other keys', () => {
    expect(nextIndex('Home', 7, 10, 3, 'ltr')).toBe(0);
    expect(nextIndex('End', 2, 10, 3, 'rtl')).toBe(9);
    expect(nextIndex('a', 2, 10, 3, 'ltr')).toBeUndefined();
    expect(nextIndex('Enter', 2, 10, 3, 'ltr')).toBeUndefined();
  });
});
