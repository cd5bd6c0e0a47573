"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { buttonClassName } from "@/components/ui/button";

// Never shows the error's message: in production it is generic anyway, and in any case it
// may carry details meant for the logs. The digest lets the operator find the server log.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Error");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("heading")}</h1>
      <p className="mt-4 text-lg text-muted">{t("text")}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{t("reference", { digest })}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" className={buttonClassName("primary")} onClick={() => retry()}>
          {t("retry")}
        </button>
        <Link href="/" className={buttonClassName("secondary")}>
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
