'use client';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type FormMessages, formMessagesEn } from './formMessages';
import { isRightToLeft, type SupportedLocale, supportedLocaleFor } from './locales';
import { type PageMessages, pageMessagesEn } from './pageMessages';

/** Every string the UI shows, by area. Override any subset through `messages`. */
export interface PlugboardMessages {
  page: PageMessages;
  form: FormMessages;
}

/** A partial override of the messages: any area, any key. */
export type PlugboardMessagesOverride = {
  [Area in keyof PlugboardMessages]?: Partial<PlugboardMessages[Area]>;
};

/** English, bundled; the other languages load on demand so an app ships only what it shows. */
export const englishMessages: PlugboardMessages = { page: pageMessagesEn, form: formMessagesEn };

const translations: Record<
  Exclude<SupportedLocale, 'en'>,
  () => Promise<{ messages: PlugboardMessages }>
> = {
  de: () => import('./translations/de'),
  fr: () => import('./translations/fr'),
  es: () => import('./translations/es'),
  nl: () => import('./translations/nl'),
};

/**
 * The shipped messages for `locale` (the closest language; English otherwise). Resolves at once
 * for English.
 *
 * @example
 * const german = await loadMessages('de-AT');
 */
export async function loadMessages(locale: string | undefined): Promise<PlugboardMessages> {
  const language = supportedLocaleFor(locale);
  return language === 'en' ? englishMessages : (await translations[language]()).messages;
}

/** Applies an override over a full set of messages. */
export function mergeMessages(
  base: PlugboardMessages,
  override: PlugboardMessagesOverride | undefined,
): PlugboardMessages {
  return override
    ? { page: { ...base.page, ...override.page }, form: { ...base.form, ...override.form } }
    : base;
}

interface LocaleContextValue {
  locale: string;
  direction: 'ltr' | 'rtl';
  messages: PlugboardMessages;
}

const LocaleContext = createContext<LocaleContextValue>({
  locale: 'en',
  direction: 'ltr',
  messages: englishMessages,
});

export interface MessagesProviderProps {
  /** BCP 47 locale, e.g. `de`, `fr-CA`, `ar`. @default 'en' */
  locale?: string;
  /**
   * Replaces any shipped string. Pass a whole translation (e.g. `messages` from
   * `@plugboard/ui/translations/de`) to have it on the first render, as server rendering needs.
   */
  messages?: PlugboardMessagesOverride;
  /** Text direction; derived from `locale` when omitted. */
  direction?: 'ltr' | 'rtl';
  children?: ReactNode;
}

/**
 * Sets the language, direction and strings for the Plugboard components inside it. English is
 * built in; another shipped language loads on demand (English shows meanwhile).
 */
export function MessagesProvider({
  locale = 'en',
  messages,
  direction,
  children,
}: MessagesProviderProps) {
  const language = supportedLocaleFor(locale);
  const [loaded, setLoaded] = useState<{ language: SupportedLocale; messages: PlugboardMessages }>({
    language: 'en',
    messages: englishMessages,
  });
  useEffect(() => {
    if (language === loaded.language) return;
    let cancelled = false;
    loadMessages(language).then(
      (next) => {
        if (!cancelled) setLoaded({ language, messages: next });
      },
      // A translation that fails to load leaves English in place.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [language, loaded.language]);
  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      direction: direction ?? (isRightToLeft(locale) ? 'rtl' : 'ltr'),
      messages: mergeMessages(
        language === loaded.language ? loaded.messages : englishMessages,
        messages,
      ),
    }),
    [locale, direction, language, loaded, messages],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current strings, locale and direction (English defaults outside a `MessagesProvider`). */
export function useMessages(): LocaleContextValue {
  return useContext(LocaleContext);
}
