'use client';
import { PlugboardContext } from '@plugboard/react';
import { useContext } from 'react';
import { useMessages } from '../messages/PlugboardMessages';
import { linkifiedText } from './linkifiedText';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/**
 * Read-only explanatory text (an `info` field's value and description), named by the field's
 * label as a note. The text is never parsed as HTML: markup shows as characters, and only safe
 * `https` addresses (see `isSafeUrl`) become links, opening in a new tab without an opener.
 */
export function InfoWidget({ id, field, value, labelId }: WidgetProps) {
  const { messages } = useMessages();
  const allowedOrigins = useContext(PlugboardContext)?.allowedOrigins;
  const noteId = `${id}-new-tab`;
  const texts = [textOf(value), field.description ?? ''].filter(
    (text, index, all) => text.trim() !== '' && all.indexOf(text) === index,
  );
  const paragraphs = texts.map((text) =>
    linkifiedText(text, { allowedOrigins, newTabNoteId: noteId }),
  );
  const hasLinks = paragraphs.some((paragraph) => paragraph.linkCount > 0);
  return (
    <div id={id} role="note" aria-labelledby={labelId} data-slot="widget-info">
      {paragraphs.map((paragraph, index) => (
        // Paragraphs are derived from two fixed sources and never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={index} data-slot="widget-info-text">
          {paragraph.nodes}
        </p>
      ))}
      {hasLinks && (
        <span id={noteId} hidden>
          {messages.form.opensInNewTab}
        </span>
      )}
    </div>
  );
}
