'use client';
import type {
  FormFieldKind,
  FormFieldModel,
  FormOption,
  FormValue,
  FormValues,
} from '@plugboard/core';
import {
  type ComponentType,
  createContext,
  createElement,
  type ReactNode,
  useContext,
  useMemo,
} from 'react';
import type { Control, RefCallBack } from 'react-hook-form';
import { CheckboxWidget } from './CheckboxWidget';
import { CopyWidget } from './CopyWidget';
import { DateTimeWidget } from './DateTimeWidget';
import { DateWidget } from './DateWidget';
import { EmailWidget } from './EmailWidget';
import { FilteredSelectWidget } from './FilteredSelectWidget';
import { HiddenWidget } from './HiddenWidget';
import { InfoWidget } from './InfoWidget';
import { LocationWidget } from './LocationWidget';
import { MultiSelectWidget } from './MultiSelectWidget';
import { NumberWidget } from './NumberWidget';
import { PasswordWidget } from './PasswordWidget';
import { SelectWidget } from './SelectWidget';
import { TelWidget } from './TelWidget';
import { TextareaWidget } from './TextareaWidget';
import { TextWidget } from './TextWidget';
import { TimeWidget } from './TimeWidget';
import { UrlWidget } from './UrlWidget';

/**
 * What `FormField` hands every widget: the field's model, a controller-style value binding
 * (react-hook-form's `useController`), and the ids that tie the control to its label,
 * description and error. A widget renders the control only; `FormField` renders the label,
 * description, hint, prefix/suffix and error around it.
 *
 * @example
 * function ColourWidget({ id, name, value, onChange, onBlur, ref, describedBy, invalid, required, disabled }: WidgetProps) {
 *   return <input type="color" id={id} name={name} ref={ref} value={String(value ?? '')}
 *     onChange={(event) => onChange(event.target.value)} onBlur={onBlur}
 *     aria-describedby={describedBy} aria-invalid={invalid} aria-required={required} disabled={disabled} />;
 * }
 */
export interface WidgetProps {
  /** The field to render: kind, label, placeholder, options, flags (`sensitive`, `readOnly` …). */
  field: FormFieldModel;
  /** react-hook-form's control of the whole form, to read other fields with `useWatch`. */
  control: Control<FormValues>;
  /** The form value's name (the form-field id); use it as the control's `name`. */
  name: string;
  /** The current value (a string, boolean, number, list of option keys, or empty). */
  value: FormValue;
  /** Sets the value. Text widgets pass strings, checkboxes booleans, multi-selects key lists. */
  onChange: (value: FormValue) => void;
  /** Marks the field as touched (validation runs on blur once touched). */
  onBlur: () => void;
  /**
   * Attach to the focusable element: the form focuses it when the field is invalid after a
   * validation or a save. React 19 passes `ref` to function components as a plain prop.
   */
  ref: RefCallBack;
  /** The control's `id`; the `<label>` points at it. */
  id: string;
  /**
   * The label element's id. Widgets that are not a single labelable control (a group of
   * checkboxes, a note) name themselves with `aria-labelledby={labelId}`.
   */
  labelId: string;
  /** Space-separated ids for `aria-describedby` (prefix, suffix, description, hint, error). */
  describedBy: string | undefined;
  /** The field has an error: set `aria-invalid`. */
  invalid: boolean;
  /** The field must be filled in: set `aria-required` (not the native `required`). */
  required: boolean;
  /** The field cannot be edited. */
  disabled: boolean;
  /** The options to offer now (a filtered-select's follow its dependency). */
  options: FormOption[];
  /** For a `filtered-select`: the field it depends on, when the form knows it. */
  dependency: FormFieldModel | undefined;
}

/** A component that renders the control of one field kind. */
export type WidgetComponent = ComponentType<WidgetProps>;

/** One widget per field kind; pass a partial registry to override some of them. */
export type WidgetRegistry = Record<FormFieldKind, WidgetComponent>;

/**
 * The widgets Plugboard ships, one per field kind. Selects that allow custom values render a
 * creatable variant themselves; `hidden` renders nothing.
 */
export const defaultWidgets: WidgetRegistry = {
  text: TextWidget,
  password: PasswordWidget,
  textarea: TextareaWidget,
  checkbox: CheckboxWidget,
  number: NumberWidget,
  email: EmailWidget,
  url: UrlWidget,
  tel: TelWidget,
  date: DateWidget,
  datetime: DateTimeWidget,
  time: TimeWidget,
  select: SelectWidget,
  'multi-select': MultiSelectWidget,
  'filtered-select': FilteredSelectWidget,
  copy: CopyWidget,
  info: InfoWidget,
  hidden: HiddenWidget,
  location: LocationWidget,
};

const WidgetsContext = createContext<WidgetRegistry>(defaultWidgets);
WidgetsContext.displayName = 'PlugboardWidgetsContext';

/** Props of `WidgetsProvider`. */
export interface WidgetsProviderProps {
  /** Widgets to use instead of the surrounding ones, by field kind. */
  widgets: Partial<WidgetRegistry>;
  children?: ReactNode;
}

/**
 * Replaces widgets for every form inside it, by field kind; providers nest and merge. A form's
 * own `widgets` prop merges over this.
 *
 * @example
 * <WidgetsProvider widgets={{ date: MyDatePicker }}><IntegrationsPage /></WidgetsProvider>
 */
export function WidgetsProvider({ widgets, children }: WidgetsProviderProps) {
  const parent = useContext(WidgetsContext);
  const merged = useMemo(() => ({ ...parent, ...widgets }), [parent, widgets]);
  return createElement(WidgetsContext.Provider, { value: merged }, children);
}

/**
 * The widget registry in effect: the defaults, then every surrounding `WidgetsProvider`, then
 * `overrides` (a form's `widgets` prop).
 */
export function useWidgets(overrides?: Partial<WidgetRegistry>): WidgetRegistry {
  const registry = useContext(WidgetsContext);
  return useMemo(
    () => (overrides ? { ...registry, ...overrides } : registry),
    [registry, overrides],
  );
}
