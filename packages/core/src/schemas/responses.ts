import * as z from 'zod/mini';
import type { KnownConnectionState } from './enums';
import { FormFieldSchema } from './formField';
import { nullishString } from './nullish';
import { nullishOpenEnum } from './openEnum';

/** What `GET …/{resource}/config` answers in `data`: the resource's settings as flat form fields. */
export const ResourceConfigSchema = z.looseObject({
  configuration: z.array(FormFieldSchema),
});
export type ResourceConfig = z.infer<typeof ResourceConfigSchema>;

/** What `POST …/validate` answers in `data`. */
export const ConnectionValidationSchema = z.looseObject({
  id: nullishString,
  state: nullishOpenEnum<KnownConnectionState>(),
});
export type ConnectionValidation = z.infer<typeof ConnectionValidationSchema>;

/** What `POST …/confirm` answers in `data`. */
export const ConnectionConfirmationSchema = z.looseObject({
  confirmed: z.boolean(),
});
export type ConnectionConfirmation = z.infer<typeof ConnectionConfirmationSchema>;
