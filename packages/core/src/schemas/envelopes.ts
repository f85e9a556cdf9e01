import * as z from 'zod/mini';

/** The `{status_code, status, data}` envelope every Vault success response has. */
export function envelopeOf<Data extends z.ZodMiniType>(data: Data) {
  return z.looseObject({
    status_code: z.nullish(z.number()),
    status: z.nullish(z.string()),
    data,
  });
}

/** The error body every Vault error response has (400, 401, 402, 404, 409, 422, default). */
export const VaultErrorBodySchema = z.looseObject({
  status_code: z.nullish(z.number()),
  error: z.nullish(z.string()),
  type_name: z.nullish(z.string()),
  message: z.nullish(z.string()),
  detail: z.nullish(z.union([z.string(), z.looseObject({})])),
  ref: z.nullish(z.string()),
  downstream_errors: z.nullish(z.array(z.unknown())),
});
export type VaultErrorBody = z.infer<typeof VaultErrorBodySchema>;
