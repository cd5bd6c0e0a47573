"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, FieldError } from "@/components/ui/field";
import type { FormatCheck } from "@/lib/enterprises/identifiers";

type Warning = Extract<FormatCheck, { warning: string }>;
const isWarning = (check: FormatCheck): check is Warning => check.ok && "warning" in check;

type IdentifierFieldProps = {
  id: string;
  name: string;
  confirmName: string;
  label: string;
  hint: string;
  okText?: string;
  confirmLabel: string;
  required?: boolean;
  initialValue: string;
  check: (raw: string) => FormatCheck;
  error?: string;
  confirmError?: string;
};

/**
 * NIB or NPWP with the same check the server makes, as the person types: an error blocks, a
 * warning is shown and asks for a confirmation checkbox before the number can be saved.
 */
export function IdentifierField(props: IdentifierFieldProps) {
  const tAll = useTranslations();
  type Key = Parameters<typeof tAll.has>[0];
  const [value, setValue] = useState(props.initialValue);
  const check = value.trim() === "" ? null : props.check(value);
  const liveError = check && !check.ok ? tAll(check.error as Key, check.values) : undefined;
  const warned = check && isWarning(check) ? check : null;
  const liveWarning = warned ? tAll(warned.warning as Key, warned.values) : undefined;
  const confirmId = `${props.id}-confirm`;

  return (
    <div className="space-y-2">
      <Field
        id={props.id}
        name={props.name}
        label={props.label}
        hint={props.hint}
        inputMode="numeric"
        autoComplete="off"
        required={props.required}
        maxLength={40}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={props.error ?? liveError}
      />
      {liveWarning ? (
        <p role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {liveWarning}
        </p>
      ) : check?.ok && props.okText && !props.error ? (
        <p role="status" className="text-sm text-green-800">
          <span aria-hidden="true">✓ </span>
          {props.okText}
        </p>
      ) : null}
      {liveWarning || props.confirmError ? (
        <div className="space-y-1">
          <label htmlFor={confirmId} className="flex min-h-11 items-center gap-3 font-medium">
            <input
              id={confirmId}
              type="checkbox"
              name={props.confirmName}
              value="on"
              className="size-5"
              aria-invalid={props.confirmError ? true : undefined}
              aria-describedby={props.confirmError ? `${confirmId}-error` : undefined}
            />
            {props.confirmLabel}
          </label>
          <FieldError id={confirmId} error={props.confirmError} />
        </div>
      ) : null}
    </div>
  );
}
