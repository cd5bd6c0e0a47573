import { FieldError } from "@/components/ui/field";

type CheckboxGroupProps = {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  defaultChecked: readonly string[];
  error?: string;
  /** Long lists scroll inside a box of their own. */
  scroll?: boolean;
};

/** A set of checkboxes sent under one name (one value per ticked box), with its legend and error. */
export function CheckboxGroup({ id, name, legend, hint, options, defaultChecked, error, scroll }: CheckboxGroupProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy || undefined}>
      <legend className="font-medium text-ink">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={["grid gap-1 sm:grid-cols-2", scroll ? "max-h-64 overflow-y-auto rounded-md border border-line p-2" : ""].join(" ")}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultChecked.includes(option.value)}
              aria-invalid={error ? true : undefined}
              className="size-5 shrink-0"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
