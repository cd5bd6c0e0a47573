"use client";
import Form from "next/form";
import type { ComponentProps } from "react";

/**
 * The filter form (a GET form to /katalog, next/form). Empty number boxes are left out of the
 * URL: they are disabled for the moment the form data is read, then enabled again.
 */
export function FilterForm(props: ComponentProps<typeof Form>) {
  return (
    <Form
      {...props}
      onSubmit={(event) => {
        const empty = [...event.currentTarget.elements].filter(
          (element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === "text" && element.value.trim() === "",
        );
        for (const input of empty) input.disabled = true;
        setTimeout(() => {
          for (const input of empty) input.disabled = false;
        }, 0);
      }}
    />
  );
}
