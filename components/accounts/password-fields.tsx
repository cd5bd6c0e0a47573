import { Field } from "@/components/ui/field";

type PasswordFieldsProps = {
  /** Prefix for the element ids, unique on the page. */
  idPrefix: string;
  labels: { password: string; passwordHint: string; passwordConfirm: string };
  errors: { password?: string; passwordConfirm?: string };
};

/** A new password and its confirmation, with the policy as the hint. */
export function PasswordFields({ idPrefix, labels, errors }: PasswordFieldsProps) {
  return (
    <>
      <Field
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label={labels.password}
        hint={labels.passwordHint}
        autoComplete="new-password"
        minLength={10}
        required
        error={errors.password}
      />
      <Field
        id={`${idPrefix}-password-confirm`}
        name="passwordConfirm"
        type="password"
        label={labels.passwordConfirm}
        autoComplete="new-password"
        required
        error={errors.passwordConfirm}
      />
    </>
  );
}
