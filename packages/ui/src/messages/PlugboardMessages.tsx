'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type FormMessages, formMessages } from './formMessages';
import { isRightToLeft, supportedLocaleFor } from './locales';
import { type PageMessages, pageMessages } from './pageMessages';

/** Every string the UI shows, by area. Override any subset through `messages`. */
export interface PlugboardMessages {
  page: PageMessages;
  form: FormMessages;
}

/** A partial override of the messages: any area, any key. */
export type PlugboardMessagesOverride = {
  [Area in keyof PlugboardMessages]?: Partial<PlugboardMessages[Area]>;
};

/** The shipped messages for `locale` (closest language; English otherwise), with overrides applied. */
export function messagesFor(
  locale?: string,
  override?: PlugboardMessagesOverride,
): PlugboardMessages {
  const language = supportedLocaleFor(locale);
  return {
    page: { ...pageMessages[language], ...override?.page },
    form: { ...formMessages[language], ...override?.form },
  };
}

interface LocaleContextValue {
  locale: string;
  direction: 'ltr' | 'rtl';
  messages: PlugboardMessages;
}

const LocaleContext = createContext<LocaleContextValue>({
  locale: 'en',
  direction: 'ltr',
  messages: messagesFor('en'),
});

export interface MessagesProviderProps {
  /** BCP 47 locale, e.g. `de`, `fr-CA`, `ar`. @default 'en' */
  locale?: string;
  /** Replaces any shipped string. */
  messages?: PlugboardMessagesOverride;
  /** Text direction; derived from `locale` when omitted. */
  direction?: 'ltr' | 'rtl';
  children?: ReactNode;
}

/** Sets the language, direction and strings for the Plugboard components inside it. */
export function MessagesProvider({
  locale = 'en',
  messages,
  direction,
  children,
}: MessagesProviderProps) {
  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      direction: direction ?? (isRightToLeft(locale) ? 'rtl' : 'ltr'),
      messages: messagesFor(locale, messages),
    }),
    [locale, messages, direction],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current strings, locale and direction (English defaults outside a `MessagesProvider`). */
export function useMessages(): LocaleContextValue {
  return useContext(LocaleContext);
}
