// Not part of the documented API: the machinery `@plugboard/ui` builds its own forms on. It may
// change in any release.

export { useFormChanges } from './forms/useFormChanges';
export type {
  GeneratedFormIssue,
  GeneratedFormOptions,
} from './forms/useGeneratedForm';
export { useGeneratedForm } from './forms/useGeneratedForm';
export { useOAuthFlow } from './oauth/useOAuthFlow';
