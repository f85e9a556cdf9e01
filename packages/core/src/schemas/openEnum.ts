import * as z from 'zod/mini';

/** A value of a known enum, or any other string the API may send. */
export type OpenEnum<Known extends string> = Known | (string & {});

const anyString = z.string();

/**
 * A string enum that stays open: the known values type-check and autocomplete, and a value the API
 * adds later is kept as a plain string instead of failing the whole response. The known values are
 * a type argument only, so the schema costs nothing per enum.
 *
 * @example
 * const state = openEnum<KnownConnectionState>();
 */
export function openEnum<Known extends string>(): z.ZodMiniType<OpenEnum<Known>> {
  return anyString as z.ZodMiniType<OpenEnum<Known>>;
}

const nullishAnyString = z.nullish(anyString);

/** `z.nullish(openEnum<Known>())`, as one shared instance. */
export function nullishOpenEnum<Known extends string>(): z.ZodMiniOptional<
  z.ZodMiniNullable<z.ZodMiniType<OpenEnum<Known>>>
> {
  return nullishAnyString as unknown as z.ZodMiniOptional<
    z.ZodMiniNullable<z.ZodMiniType<OpenEnum<Known>>>
  >;
}
