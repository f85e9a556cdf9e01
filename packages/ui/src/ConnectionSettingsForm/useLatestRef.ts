'use client';
import { useRef } from 'react';

/** A ref that always holds the latest value, for callbacks that must not restart effects. */
export function useLatestRef<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
