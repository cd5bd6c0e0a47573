"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type SignInError, signInErrorFrom } from "./sign-in-error";
import { checkSignInFields } from "./sign-in-fields";
import { SignInErrorMessage } from "./sign-in-error-message";

type FieldErrors = Partial<Record<"email" | "password", string>>;

type SignInFormProps = {
  /** Where to go after signing in: a same-site path, or /masuk, which sends a user to their role's home. */
  destination: string;
  initialError: SignInError | null;
};

export function SignInForm({ destination, initialError }: SignInFormProps) {
  const t = useTranslations("SignIn");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<SignInError | null>(initialError);
  const [pending, startTransition] = useTransition();
  const [succeeded, setSucceeded] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || succeeded) return;
    const data = new FormData(event.currentTarget);
    const checked = checkSignInFields(String(data.get("email") ?? ""), String(data.get("password") ?? ""));
    if (!checked.ok) {
      const errors: FieldErrors = {};
      if (checked.errors.email) errors.email = t(checked.errors.email);
      if (checked.errors.password) errors.password = t(checked.errors.password);
      setFieldErrors(errors);
      setFormError(null);
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    setFormError(null);
    startTransition(async () => {
      try {
        // Loaded on submit: next-auth's client stays out of the scripts /masuk needs to paint.
        const { signIn } = await import("next-auth/react");
        const result = await signIn("credentials", { email: checked.email, password: checked.password, redirect: false });
        const error = result?.ok && !result.error ? null : (signInErrorFrom(result?.error, result?.status) ?? { kind: "failed" as const });
        if (error) {
          setFormError(error);
          passwordRef.current?.select();
          return;
        }
        setSucceeded(true);
        // A full load, so the server renders the header and the area with the new session.
        window.location.assign(destination);
      } catch {
        setFormError({ kind: "failed" });
      }
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      {formError ? (
        <div role="alert" className="flex gap-2 rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          <svg viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0" fill="currentColor" aria-hidden="true">
            <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
          </svg>
          <SignInErrorMessage error={formError} />
        </div>
      ) : null}
      <Field
        ref={emailRef}
        id="sign-in-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        inputMode="email"
        required
        error={fieldErrors.email}
      />
      <Field
        ref={passwordRef}
        id="sign-in-password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <SubmitButton pending={pending || succeeded} pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
      <p className="text-center">
        <Link href="/lupa-kata-sandi" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="text-center text-muted">
        {t("noAccount")}{" "}
        <Link href="/daftar" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
    </form>
  );
}
