import type { UseMutationOptions } from '@tanstack/react-query';

type Callback = (...args: never[]) => unknown;
const LIFECYCLE = ['onSuccess', 'onError', 'onSettled'] as const;

/**
 * Spreads a caller's options over a factory's, except the lifecycle callbacks: there both run,
 * the factory's first (it keeps the caches right), so passing `onSuccess` never switches off
 * optimistic updates or rollbacks. A caller's `onMutate` runs after the factory's; the factory's
 * result stays the rollback context.
 */
export function mergeMutationOptions<TData, TError, TVariables, TContext>(
  base: UseMutationOptions<TData, TError, TVariables, TContext>,
  overrides: Partial<UseMutationOptions<TData, TError, TVariables, TContext>> | undefined,
): UseMutationOptions<TData, TError, TVariables, TContext> {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const name of LIFECYCLE) {
    const first = base[name] as Callback | undefined;
    const second = overrides[name] as Callback | undefined;
    if (first && second) {
      merged[name] = async (...args: never[]) => {
        await first(...args);
        await second(...args);
      };
    }
  }
  const baseOnMutate = base.onMutate as Callback | undefined;
  const overrideOnMutate = overrides.onMutate as Callback | undefined;
  if (baseOnMutate && overrideOnMutate) {
    merged.onMutate = async (...args: never[]) => {
      const context = await baseOnMutate(...args);
      await overrideOnMutate(...args);
      return context;
    };
  }
  return merged as UseMutationOptions<TData, TError, TVariables, TContext>;
}
