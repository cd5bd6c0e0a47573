import type { InputHTMLAttributes, ReactNode, Ref } from "react";

export const controlClassName =
  "block w-full min-h-11 rounded-md border border-line bg-white px-3 py-2 text-base text-ink " +
  "placeholder:text-muted focus-visible:border-brand-600 aria-invalid:border-red-700 aria-invalid:bg-red-50";

export function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

type FieldMessagesProps = { id: string; hint?: ReactNode; error?: ReactNode };

export function FieldHint({ id, hint }: Pick<FieldMessagesProps, "id" | "hint">) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="text-sm text-muted">
      {hint}
    </p>
  );
}

/** The error text carries a warning sign, so the state is not told by colour alone. */
export function FieldError({ id, error }: Pick<FieldMessagesProps, "id" | "error">) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="flex items-start gap-1.5 text-sm font-medium text-red-800">
      <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true">
        <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
      </svg>
      <span>{error}</span>
    </p>
  );
}

type FieldFrameProps = FieldMessagesProps & { label: ReactNode; children: ReactNode };

/** The label above a form control, its hint, and its error below. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-medium text-ink">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The attributes that tie a control to its hint and error for screen readers, and style it. */
export function controlProps({ id, hint, error }: FieldMessagesProps, className?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: [controlClassName, className].filter(Boolean).join(" "),
  };
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  ref?: Ref<HTMLInputElement>;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

/** A labelled input with its hint and error message wired to it for screen readers. */
export function Field({ id, label, hint, error, className, ref, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input ref={ref} {...controlProps({ id, hint, error }, className)} {...input} />
    </FieldFrame>
  );
}
