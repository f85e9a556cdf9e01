import * as z from 'zod/mini';
import { nullishNumber, nullishString } from './nullish';

/** The `{status_code, status, data}` envelope every Vault success response has. */
export function envelopeOf<Data extends z.ZodMiniType>(data: Data) {
  return z.looseObject({
    status_code: nullishNumber,
    status: nullishString,
    data,
  });
}

/** The error body every Vault error response has (400, 401, 402, 404, 409, 422, default). */
export const VaultErrorBodySchema = z.looseObject({
  status_code: nullishNumber,
  error: nullishString,
  type_name: nullishString,
  message: nullishString,
  detail: z.nullish(z.union([z.string(), z.looseObject({})])),
  ref: nullishString,
  downstream_errors: z.nullish(z.array(z.unknown())),
});
export type VaultErrorBody = z.infer<typeof VaultErrorBodySchema>;
