'use client';
import { createContext } from 'react';

/**
 * True inside an element that already carries `data-plugboard` (the integrations page). Parts
 * rendered there inherit its tokens, theme and direction instead of starting a new root, so
 * overrides set on the page's root reach them too.
 */
export const PlugboardRootContext = createContext(false);
PlugboardRootContext.displayName = 'PlugboardRootContext';
