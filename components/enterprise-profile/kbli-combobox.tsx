"use client";

import { useLocale, useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState } from "react";
import { controlClassName, FieldError, FieldHint } from "@/components/ui/field";
import type { KbliOption } from "@/lib/enterprises/kbli-search";

type KbliComboboxProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** Shown below this field. */
  error?: string;
  /** Marks the field invalid when the error is shown elsewhere (a group's error, by its id). */
  invalidBy?: string;
  initial: KbliOption | null;
  initialText?: string;
  required?: boolean;
};

const searchable = (query: string) => /^\d+$/.test(query) || query.length >= 2;

/**
 * A KBLI code picked by search-as-you-type (the ARIA combobox pattern: input + listbox, arrow
 * keys, Enter, Escape, aria-activedescendant). The input itself holds the code that is sent, so
 * without JavaScript it is a plain field for the 5-digit code; the server checks every code.
 */
export function KbliCombobox({ id, name, label, hint, error, invalidBy, initial, initialText, required }: KbliComboboxProps) {
  const t = useTranslations("EnterpriseProfile.kbli");
  const locale = useLocale();
  const [text, setText] = useState(initialText ?? initial?.code ?? "");
  const [selected, setSelected] = useState<KbliOption | null>(initial);
  const [results, setResults] = useState<KbliOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController | null>(null);
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const nameOf = (option: KbliOption) => (locale === "en" && option.nameEn ? option.nameEn : option.nameId);

  function search(raw: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    const query = raw.trim().slice(0, 100);
    if (!searchable(query)) {
      setOpen(false);
      setResults([]);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/kbli?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`KBLI search answered ${response.status}`);
        const found = (await response.json()) as KbliOption[];
        setResults(found);
        setActive(found.length > 0 ? 0 : -1);
        setOpen(true);
        setStatus(found.length > 0 ? t("resultCount", { count: found.length }) : t("noResults"));
      } catch {
        if (controller.signal.aborted) return;
        setResults([]);
        setOpen(false);
        setStatus(t("searchFailed"));
      }
    }, 200);
  }

  function pick(option: KbliOption) {
    setText(option.code);
    setSelected(option);
    setOpen(false);
    setStatus(t("picked", { code: option.code, name: nameOf(option) }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(event.key === "ArrowDown" ? 0 : count - 1);
        return;
      }
      setActive((index) => (event.key === "ArrowDown" ? (index + 1) % count : (index - 1 + count) % count));
    } else if (event.key === "Enter" && open && active >= 0 && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const selectedId = `${id}-selected`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : invalidBy, selected ? selectedId : null].filter(Boolean).join(" ");

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-medium text-ink">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <div className="relative">
        <input
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error || invalidBy ? true : undefined}
          aria-describedby={describedBy || undefined}
          required={required}
          maxLength={100}
          className={controlClassName}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (selected && event.target.value.trim() !== selected.code) setSelected(null);
            search(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!open || results.length === 0}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-line bg-white shadow-lg"
        >
          {results.map((option, index) => (
            <li
              key={option.code}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={["cursor-pointer px-3 py-2", index === active ? "bg-brand-100 text-brand-900" : "text-ink hover:bg-brand-50"].join(" ")}
              // Hover only highlights: the keyboard's choice is not moved by a pointer resting where the list opens.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              <span className="font-mono font-semibold">{option.code}</span> {nameOf(option)}
            </li>
          ))}
        </ul>
      </div>
      {selected ? (
        <p id={selectedId} className="text-sm text-green-800">
          <span aria-hidden="true">✓ </span>
          {selected.code} — {nameOf(selected)}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}
