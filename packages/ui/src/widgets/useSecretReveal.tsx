'use client';
import { useState } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { dataFlag } from './widgetControlProps';
import { EyeIcon, EyeOffIcon } from './widgetIcons';
import type { WidgetProps } from './widgetRegistry';

/**
 * The state and the toggle button of a masked secret: masked until the user presses the toggle,
 * whose name stays "Show {label}" while `aria-pressed` says whether it is shown.
 */
export function useSecretReveal({ id, field, disabled }: WidgetProps) {
  const { messages } = useMessages();
  const [revealed, setRevealed] = useState(false);
  const state = revealed ? 'revealed' : 'masked';
  return {
    revealed,
    state,
    toggle: (
      <button
        type="button"
        data-slot="widget-password-toggle"
        data-state={state}
        data-disabled={dataFlag(disabled)}
        aria-label={formatMessage(messages.form.showSecret, { label: field.label })}
        aria-pressed={revealed}
        aria-controls={id}
        disabled={disabled}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealed ? <EyeOffIcon /> : <EyeIcon />}
      </button>
    ),
  };
}
