import * as z from 'zod/mini';

// One instance per kind of optional field: a schema keeps no state between parses, so every
// field of a kind can share it.

/** A string, `null`, or absent. */
export const nullishString = z.nullish(z.string());

/** A boolean, `null`, or absent. */
export const nullishBoolean = z.nullish(z.boolean());

/** A number, `null`, or absent. */
export const nullishNumber = z.nullish(z.number());

/** A list of strings, `null`, or absent. */
export const nullishStrings = z.nullish(z.array(z.string()));
