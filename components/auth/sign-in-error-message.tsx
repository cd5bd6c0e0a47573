"use client";

import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import type { SignInError } from "./sign-in-error";

/** The words for a refused sign-in, with what to do next: when to retry, how to verify. */
export function SignInErrorMessage({ error }: { error: SignInError }) {
  const t = useTranslations("SignIn");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  if (error.kind === "tooManyAttempts") {
    if (!error.retryAt) return <p>{t("tooManyAttempts")}</p>;
    const retryAt = new Date(error.retryAt);
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
    return <p>{t("tooManyAttemptsUntil", { time: format.dateTime(retryAt, { hour: "2-digit", minute: "2-digit" }), minutes })}</p>;
  }
  if (error.kind === "notVerified") {
    return (
      <p>
        {t("notVerified")}{" "}
        <Link href="/verifikasi-email/kirim-ulang" className="font-semibold underline">
          {t("resendVerification")}
        </Link>
      </p>
    );
  }
  return <p>{t(error.kind)}</p>;
}
