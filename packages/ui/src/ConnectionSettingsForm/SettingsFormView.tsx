'use client';
import type { GeneratedForm } from '@plugboard/react';
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { FormField } from '../FormField/FormField';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';
import { dataFlag } from '../widgets/widgetControlProps';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { FormErrorSummary } from './FormErrorSummary';
import { useLatestRef } from './useLatestRef';

/** Props of `SettingsFormView`. */
export interface SettingsFormViewProps {
  /** What a generated-form hook returned (`useConnectionSettingsForm`, `useResourceSettingsForm` …). */
  generated: GeneratedForm;
  /** A visible heading, which also names the form. */
  title?: string | undefined;
  /** The heading's level. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The form's accessible name when it has no `title`. */
  label?: string | undefined;
  /** Widgets by field kind, merged over the surrounding `WidgetsProvider`. */
  widgets?: Partial<WidgetRegistry> | undefined;
  /** Called with the error of every failed save (not for validation errors, which stay on the fields). */
  onError?: ((error: Error) => void) | undefined;
  /** Added to the `<form>`. */
  className?: string | undefined;
  /** The root's `data-slot`, naming the form for styles and tests. @default 'settings-form' */
  slot?: string;
  /** Colour scheme of the tokens (`data-theme`). @default inherited: 'system' */
  theme?: 'light' | 'dark' | 'system' | undefined;
  /** Shows `loadingMessage` instead of the fields while the form's data loads. @default false */
  loading?: boolean;
  /** Announced while loading. */
  loadingMessage?: string | undefined;
  /** A notice above the fields (for example that fresh data could not be loaded). */
  notice?: string | undefined;
  /** Shown instead of the fields when there are none. @default the "no settings" message */
  emptyMessage?: string | undefined;
  /** The submit button's text. @default messages.form.save */
  submitLabel?: string | undefined;
  /** The submit button's text while submitting. @default messages.form.saving */
  submittingLabel?: string | undefined;
  /** Announced after a successful submit. @default messages.form.saved */
  successMessage?: string | undefined;
  /** Extra content after the fields, before the submit button. */
  children?: ReactNode;
}

/**
 * The markup of a generated form, driven by the value of a generated-form hook, so a custom
 * screen can use Plugboard's fields, feedback and behaviour with its own hook call: the fields
 * in order, the save button ("Saving…" and `aria-busy` while saving), a polite "Saved", and an
 * alert above the fields when a save fails. After a failed validation or save, focus moves to
 * the first field in error, or to the alert when no rendered field is at fault. Input is never
 * reset on failure.
 *
 * @example
 * const generated = useConnectionSettingsForm(connection);
 * <SettingsFormView generated={generated} title="Settings" />
 */
export function SettingsFormView({
  generated,
  title,
  headingLevel = 3,
  label,
  widgets,
  onError,
  className,
  slot = 'settings-form',
  theme,
  loading = false,
  loadingMessage,
  notice,
  emptyMessage,
  submitLabel,
  submittingLabel,
  successMessage,
  children,
}: SettingsFormViewProps) {
  const { messages, direction, locale } = useMessages();
  const { form, model, fields, optionsFor, submit, status, error, formErrors } = generated;
  const titleId = useId();
  const errorRef = useRef<HTMLDivElement>(null);
  const onErrorRef = useLatestRef(onError);
  const saving = status === 'saving';
  const isDirty = form.formState.isDirty;
  const errors = form.formState.errors;
  const hasFieldErrors = fields.some((field) => errors[field.id] !== undefined);

  // Runs once per failed save (each failure brings a new error); the rest is read, not tracked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (status !== 'error' || !error) return;
    onErrorRef.current?.(error);
    const first = fields.find((field) => form.getFieldState(field.id).invalid);
    if (first) form.setFocus(first.id);
    const focusedField = document.activeElement?.closest('[data-slot="form-field"]');
    if (!first || focusedField?.getAttribute('data-field-id') !== first.id) {
      errorRef.current?.focus();
    }
  }, [status, error]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (saving) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  const Heading = `h${headingLevel}` as const;
  const statusText = loading
    ? (loadingMessage ?? '')
    : status === 'saved' && !isDirty
      ? (successMessage ?? messages.form.saved)
      : '';
  const showFields = !loading && fields.length > 0;

  return (
    <form
      data-plugboard=""
      data-theme={theme}
      data-slot={slot}
      data-state={loading ? 'loading' : status}
      data-dirty={dataFlag(isDirty)}
      className={joinClassNames(className)}
      dir={direction}
      lang={locale}
      noValidate
      aria-labelledby={title ? titleId : undefined}
      aria-label={title ? undefined : label}
      aria-busy={loading || saving ? true : undefined}
      onSubmit={onSubmit}
    >
      {title && (
        <Heading id={titleId} data-slot="form-title">
          {title}
        </Heading>
      )}
      {notice && (
        <p data-slot="form-notice" role="note">
          {notice}
        </p>
      )}
      <FormErrorSummary
        ref={errorRef}
        error={status === 'error' ? error : null}
        formErrors={formErrors}
        hasFieldErrors={hasFieldErrors}
      />
      {loading && <div data-slot="form-loading" aria-hidden="true" />}
      {showFields && (
        <div data-slot="form-fields">
          {fields.map((field) => (
            <FormField
              key={field.id}
              field={field}
              control={form.control}
              options={optionsFor(field)}
              dependency={
                field.dependsOn === undefined
                  ? undefined
                  : model.fields.find((candidate) => candidate.id === field.dependsOn)
              }
              widgets={widgets}
            />
          ))}
        </div>
      )}
      {!loading && fields.length === 0 && (
        <p data-slot="form-empty">{emptyMessage ?? messages.form.noSettings}</p>
      )}
      {children}
      <div data-slot="form-footer">
        {showFields && (
          <button
            type="submit"
            data-slot="form-submit"
            data-state={saving ? 'saving' : 'idle'}
            aria-busy={saving ? true : undefined}
            aria-disabled={saving ? true : undefined}
          >
            {saving
              ? (submittingLabel ?? messages.form.saving)
              : (submitLabel ?? messages.form.save)}
          </button>
        )}
        <p role="status" data-slot="form-status" data-state={statusText ? status : 'idle'}>
          {statusText}
        </p>
      </div>
    </form>
  );
}
