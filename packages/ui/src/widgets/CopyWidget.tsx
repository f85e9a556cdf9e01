'use client';
import { useEffect, useState } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { CopyIcon } from './widgetIcons';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on screen. */
const FEEDBACK_MS = 4000;

/**
 * A value to copy (a webhook address, say): a read-only input the user can select, and a Copy
 * button that writes it with `navigator.clipboard.writeText` and says so in a polite live
 * region ("Copied", or how to copy by hand when the clipboard refuses).
 */
export function CopyWidget({ id, name, ref, field, value, describedBy, onBlur }: WidgetProps) {
  const { messages } = useMessages();
  const [state, setState] = useState<CopyState>('idle');
  const text = textOf(value) || textOf(field.storedValue);

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      // Throws where there is no clipboard (an insecure page) as well as where it refuses.
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div data-slot="widget-copy" data-state={state}>
      <input
        id={id}
        name={name}
        ref={ref}
        data-slot="widget-input"
        data-kind="copy"
        type="text"
        readOnly
        aria-describedby={describedBy}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={onBlur}
      />
      <button
        type="button"
        data-slot="widget-copy-button"
        aria-label={formatMessage(messages.form.copyLabel, { label: field.label })}
        onClick={copy}
      >
        <CopyIcon />
        <span>{messages.form.copy}</span>
      </button>
      <span
        id={`${id}-copy-status`}
        role="status"
        data-slot="widget-copy-status"
        data-state={state}
      >
        {state === 'copied'
          ? messages.form.copied
          : state === 'failed'
            ? messages.form.copyFailed
            : ''}
      </span>
    </div>
  );
}
