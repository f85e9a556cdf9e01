import type { PageMessages } from '../messages/pageMessages';

const ACRONYM = /^[a-z]{2,4}$/;

/**
 * A unified API's display name: the translated one when the messages know the id, otherwise the
 * id humanised (`crm` → `CRM`, `issue-tracking` → `Issue tracking`).
 */
export function unifiedApiName(unifiedApi: string, messages: PageMessages): string {
  const known = messages.unifiedApiNames[unifiedApi];
  if (known) return known;
  if (ACRONYM.test(unifiedApi) && !/[aeiou]/.test(unifiedApi)) return unifiedApi.toUpperCase();
  const words = unifiedApi.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
