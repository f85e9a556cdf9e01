'use client';
import { useState } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { dataFlag } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';

/**
 * The state and the toggle button's attributes of a masked secret: masked until the user
 * presses the toggle, whose name stays "Show {label}" while `aria-pressed` says whether it is shown.
 */
export function useSecretReveal({ id, field, disabled }: WidgetProps) {
  const { messages } = useMessages();
  const [revealed, setRevealed] = useState(false);
  return {
    revealed,
    state: revealed ? 'revealed' : 'masked',
    toggleProps: {
      type: 'button',
      'data-slot': 'widget-password-toggle',
      'data-state': revealed ? 'revealed' : 'masked',
      'data-disabled': dataFlag(disabled),
      'aria-label': formatMessage(messages.form.showSecret, { label: field.label }),
      'aria-pressed': revealed,
      'aria-controls': id,
      disabled,
      onClick: () => setRevealed((shown) => !shown),
    },
  } as const;
}
