import type { SupportedLocale } from '../src/messages/locales';
import { englishMessages, type PlugboardMessages } from '../src/messages/PlugboardMessages';
import { messages as de } from '../src/messages/translations/de';
import { messages as es } from '../src/messages/translations/es';
import { messages as fr } from '../src/messages/translations/fr';
import { messages as nl } from '../src/messages/translations/nl';

/** Every shipped language, for tests that check all of them. */
export const allTranslations: Record<SupportedLocale, PlugboardMessages> = {
  en: englishMessages,
  de,
  fr,
  es,
  nl,
};
