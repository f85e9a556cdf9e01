'use client';
import type { Connection } from '@plugboard/core';
import { useMemo } from 'react';
import { useFormErrorMessages } from '../FormField/useFormErrorMessages';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { useLatestRef } from './useLatestRef';

/** What every generated form component takes (settings, resource defaults, credential import). */
export interface GeneratedFormProps {
  /** The connection the form belongs to. */
  connection: Connection;
  /** Called with the error of a failed save; the form shows it and keeps the user's input. */
  onError?: (error: Error) => void;
  /** Added to the `<form>`, whose `data-slot` names the form. */
  className?: string;
  /** The level of the form's heading, when it shows one. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Colour scheme of the tokens (`data-theme` on the form's root). @default 'system' */
  theme?: 'light' | 'dark' | 'system';
}

/** What the settings and resource-defaults forms take beyond {@link GeneratedFormProps}. */
export interface SavedFormProps extends GeneratedFormProps {
  /**
   * Widgets by field kind, merged over the surrounding `WidgetsProvider` (and the defaults).
   * @default the registry in effect
   */
  widgets?: Partial<WidgetRegistry>;
  /** Called with the saved connection after a successful save. */
  onSaved?: (connection: Connection) => void;
}

/**
 * The options the settings hooks take: validation messages in the page's language, and
 * `onSaved` read at call time (so a new callback each render does not rebuild the form).
 */
export function useSavedFormOptions(onSaved: SavedFormProps['onSaved']) {
  const validationMessages = useFormErrorMessages();
  const onSavedRef = useLatestRef(onSaved);
  return useMemo(
    () => ({
      messages: validationMessages,
      onSaved: (saved: Connection) => onSavedRef.current?.(saved),
    }),
    [validationMessages, onSavedRef],
  );
}
