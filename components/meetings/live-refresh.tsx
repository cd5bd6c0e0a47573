"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

const refreshMs = 10_000;

/**
 * Keeps the live board current: the page is refreshed from the server every 10 s while it is
 * visible and nobody is filling in one of its forms (a refresh would not lose typed values, but
 * a select list changing under the pointer would surprise). A button refreshes at once.
 */
export function LiveRefresh({ updatedAt }: { updatedAt: string }) {
  const t = useTranslations("LiveDay");
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      const active = document.activeElement;
      const typing = active instanceof HTMLSelectElement || active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
      if (document.visibilityState === "visible" && !typing) router.refresh();
    }, refreshMs);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
      {/* Not a live region: announcing the time every 10 s would drown what the desk is doing. */}
      <span>{t("updatedAt", { time: updatedAt })}</span>
      <button type="button" onClick={() => router.refresh()} className="min-h-11 text-brand-700 underline">
        {t("refreshNow")}
      </button>
    </p>
  );
}
