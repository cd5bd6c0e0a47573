import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClassName, describedBy, FieldError, FieldHint } from "./field";

export type SelectOption = { value: string; label: string };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: ReactNode;
};

/** A labelled native select: native keeps keyboard and screen reader behaviour right on phones. */
export function Select({ id, label, options, hint, error, className, ...select }: SelectProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-medium text-ink">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={[controlClassName, className].filter(Boolean).join(" ")}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}
