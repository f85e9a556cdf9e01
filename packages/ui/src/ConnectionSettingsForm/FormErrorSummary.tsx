'use client';
import type { Ref } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { apiErrorMessage } from './apiErrorMessage';

/** Props of `FormErrorSummary`. */
export interface FormErrorSummaryProps {
  /** The error of the last failed save; nothing renders without one. */
  error: Error | null;
  /** Messages about fields the form does not render (`generated.formErrors`). */
  formErrors: readonly string[];
  /** Whether a rendered field shows an error of this save (the summary then points at them). */
  hasFieldErrors: boolean;
  /** Receives the summary, so the form can move focus to it. */
  ref?: Ref<HTMLDivElement>;
}

/**
 * What went wrong with a save, above the fields: one sentence an end user can act on, the
 * messages that belong to no rendered field. It is an
 * alert, and focusable so the form can move focus to it when no field is at fault.
 */
export function FormErrorSummary({
  error,
  formErrors,
  hasFieldErrors,
  ref,
}: FormErrorSummaryProps) {
  const { messages } = useMessages();
  if (!error) return null;
  const summary = apiErrorMessage(error, messages.form);
  // "Check the highlighted fields" would point at nothing when every named field is unrendered.
  const onlyUnrenderedFields =
    summary === messages.form.errorFieldsRejected && !hasFieldErrors && formErrors.length > 0;
  const message = onlyUnrenderedFields
    ? formatMessage(messages.form.saveFailed, { reason: formErrors.join(' ') })
    : summary;
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-slot="form-error">
      <p data-slot="form-error-message">{message}</p>
      {!onlyUnrenderedFields && formErrors.length > 0 && (
        <ul data-slot="form-error-list">
          {formErrors.map((formError) => (
            <li key={formError}>{formError}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
