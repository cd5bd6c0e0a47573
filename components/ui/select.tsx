import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlProps, FieldFrame } from "./field";

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
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select {...controlProps({ id, hint, error }, className)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
