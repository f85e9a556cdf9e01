'use client';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import {
  currentTimeZone,
  isoDateTimeFromLocalInput,
  localDateTimeInputValue,
} from './dateTimeValues';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/**
 * A date-and-time picker (`datetime-local`) in the user's time zone, which it names under the
 * input. A stored instant (`…Z`, `…+02:00`) is shown in local time; a changed value is stored as
 * an ISO 8601 instant in UTC.
 */
export function DateTimeWidget(props: WidgetProps) {
  const { messages } = useMessages();
  const timeZone = currentTimeZone();
  const noteId = `${props.id}-time-zone`;
  return (
    <>
      <TextInput
        {...props}
        type="datetime-local"
        format={localDateTimeInputValue}
        parse={isoDateTimeFromLocalInput}
        extraDescribedBy={timeZone ? noteId : undefined}
      />
      {timeZone && (
        <span id={noteId} data-slot="widget-time-zone" suppressHydrationWarning>
          {formatMessage(messages.form.timeZone, { timeZone })}
        </span>
      )}
    </>
  );
}
