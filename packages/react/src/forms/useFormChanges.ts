'use client';
import type { FormValues } from '@plugboard/core';
import { useEffect, useLayoutEffect, useReducer } from 'react';
import type { Control } from 'react-hook-form';

// Layout effects do not run on a server; there the subscription waits for the browser.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Re-renders whenever the form announces a change to the value or the error of `name` (to any
 * field when `name` is left out), through the same subscription `useWatch` and `useFormState`
 * use, and returns how many changes there have been: read the form during render, and memoise
 * on the count.
 */
export function useFormChanges(control: Control<FormValues>, name?: string): number {
  const [changes, countChange] = useReducer((count: number) => count + 1, 0);
  useIsomorphicLayoutEffect(
    () =>
      control._subscribe({
        name,
        exact: true,
        formState: { values: true, errors: true },
        callback: countChange,
      }),
    [control, name],
  );
  return changes;
}
