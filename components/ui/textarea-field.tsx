import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlProps, FieldFrame } from "@/components/ui/field";

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

/** A labelled multi-line field with its hint and error tied to it for screen readers. */
export function TextareaField({ id, label, hint, error, className, ...textarea }: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea rows={4} {...controlProps({ id, hint, error }, className)} {...textarea} />
    </FieldFrame>
  );
}
