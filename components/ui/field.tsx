import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

// Labelled form controls whose hint and error are shown inline and tied to the
// control for screen readers: `${id}-hint` and `${id}-error`, in that order.
// They work with react-hook-form's register() (the ref is forwarded) and in
// plain GET forms alike.

type FrameProps = {
  id: string;
  label: ReactNode;
  /** Adds a muted "(optional)" to the label. */
  optional?: boolean;
  error?: string;
  hint?: ReactNode;
  /** The wrapping element's classes; "mb-3" by default, grid column classes in a row, "" for none. */
  wrapperClassName?: string;
  labelClassName?: string;
};

/** The aria-describedby of a control in a FieldFrame. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function controlProps(
  id: string,
  base: string,
  error: string | undefined,
  hint: ReactNode,
  className: string | undefined,
) {
  return {
    id,
    className: `${base}${error ? " is-invalid" : ""}${className ? ` ${className}` : ""}`,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  } as const;
}

/** The label, hint and error around a custom control (a tag input) that takes `id` and describedBy(). */
export function FieldFrame({
  id,
  label,
  optional,
  error,
  hint,
  wrapperClassName = "mb-3",
  labelClassName = "form-label",
  children,
}: FrameProps & { children: ReactNode }) {
  return (
    <div className={wrapperClassName || undefined}>
      <label htmlFor={id} className={labelClassName}>
        {label}
        {optional ? (
          <>
            {" "}
            <span className="text-body-secondary">(optional)</span>
          </>
        ) : null}
      </label>
      {children}
      {hint ? (
        <div id={`${id}-hint`} className="form-text">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & FrameProps;

/** A labelled input. */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field(
  { id, label, optional, error, hint, wrapperClassName, labelClassName, className, ...input },
  ref,
) {
  return (
    <FieldFrame {...{ id, label, optional, error, hint, wrapperClassName, labelClassName }}>
      <input ref={ref} {...controlProps(id, "form-control", error, hint, className)} {...input} />
    </FieldFrame>
  );
});

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> &
  FrameProps & {
    /** The options as a value → label record, in the record's order; children may add others. */
    options?: Readonly<Record<string, string>>;
    /** A first option with the value "" ("All topics", "Not specified"). */
    emptyOption?: string;
  };

/** A labelled select. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  {
    id,
    label,
    optional,
    error,
    hint,
    wrapperClassName,
    labelClassName,
    className,
    options,
    emptyOption,
    children,
    ...select
  },
  ref,
) {
  return (
    <FieldFrame {...{ id, label, optional, error, hint, wrapperClassName, labelClassName }}>
      <select ref={ref} {...controlProps(id, "form-select", error, hint, className)} {...select}>
        {emptyOption === undefined ? null : <option value="">{emptyOption}</option>}
        {Object.entries(options ?? {}).map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
});

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & FrameProps;

/** A labelled textarea. */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(function TextareaField(
  { id, label, optional, error, hint, wrapperClassName, labelClassName, className, ...textarea },
  ref,
) {
  return (
    <FieldFrame {...{ id, label, optional, error, hint, wrapperClassName, labelClassName }}>
      <textarea ref={ref} {...controlProps(id, "form-control", error, hint, className)} {...textarea} />
    </FieldFrame>
  );
});

type CheckFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  id: string;
  label: ReactNode;
  type?: "checkbox" | "radio";
  /** Marks the box red; the group's error message is shown once, beside the group. */
  invalid?: boolean;
  /** The wrapping element's classes; "form-check" by default. */
  wrapperClassName?: string;
  labelClassName?: string;
};

/** A checkbox or radio button with its label on the right. */
export const CheckField = forwardRef<HTMLInputElement, CheckFieldProps>(function CheckField(
  { id, label, type = "checkbox", invalid, wrapperClassName = "form-check", labelClassName, className, ...input },
  ref,
) {
  return (
    <div className={wrapperClassName}>
      <input
        ref={ref}
        id={id}
        type={type}
        className={`${className ?? "form-check-input"}${invalid ? " is-invalid" : ""}`}
        {...input}
      />
      <label className={labelClassName ?? "form-check-label"} htmlFor={id}>
        {label}
      </label>
    </div>
  );
});

/** "1,234 / 10,000 characters" for a hint, red once past the limit. */
export function CharacterCount({ length, max }: { length: number; max: number }) {
  return (
    <span className={length > max ? "text-danger" : undefined}>
      {length.toLocaleString("en")} / {max.toLocaleString("en")} characters
    </span>
  );
}
