import type { Connection, FormFieldModel } from '@plugboard/core';
import { useConnectionSettingsForm } from '../src/forms/useConnectionSettingsForm';
import type { GeneratedForm } from '../src/forms/useGeneratedForm';

/** The smallest accessible form a team could build on the hook: one control per field kind. */
export function GeneratedFields({ generated }: { generated: GeneratedForm }) {
  const { form, fields, optionsFor, submit, status, error, formErrors } = generated;
  const control = (field: FormFieldModel) => {
    const describedBy = `${field.id}-error`;
    const common = {
      id: field.id,
      'aria-invalid': Boolean(form.formState.errors[field.id]),
      'aria-describedby': describedBy,
      disabled: field.disabled,
      ...form.register(field.id),
    };
    switch (field.kind) {
      case 'checkbox':
        return <input type="checkbox" {...common} />;
      case 'textarea':
        return <textarea {...common} />;
      case 'select':
      case 'filtered-select':
      case 'multi-select':
        return (
          <select multiple={field.kind === 'multi-select'} {...common}>
            {field.kind !== 'multi-select' && <option value="">Choose…</option>}
            {optionsFor(field).map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        );
      case 'copy':
      case 'info':
        return <output id={field.id}>{String(form.getValues(field.id) ?? '')}</output>;
      default: {
        const type =
          {
            password: 'password',
            number: 'number',
            email: 'email',
            url: 'text',
            tel: 'tel',
            date: 'date',
            datetime: 'datetime-local',
            time: 'time',
          }[field.kind as string] ?? 'text';
        return <input type={type} {...common} />;
      }
    }
  };
  return (
    <form onSubmit={submit} aria-label="Settings">
      {fields.map((field) => (
        <div key={field.id}>
          <label htmlFor={field.id}>{field.label}</label>
          {control(field)}
          <span
            id={`${field.id}-error`}
            role={form.formState.errors[field.id] ? 'alert' : undefined}
          >
            {form.formState.errors[field.id]?.message}
          </span>
        </div>
      ))}
      {formErrors.map((message) => (
        <p key={message} role="alert">
          {message}
        </p>
      ))}
      {error && <p role="status">Save failed: {error.message}</p>}
      {status === 'saved' && <p role="status">Saved</p>}
      <button type="submit">Save</button>
    </form>
  );
}

export function SettingsFormUnderTest({ connection }: { connection: Connection }) {
  return <GeneratedFields generated={useConnectionSettingsForm(connection)} />;
}
