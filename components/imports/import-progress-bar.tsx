"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ImportProgressJson } from "@/lib/import-desk/queries";

const pollMs = 1500;

/**
 * An import's progress: rows done of total and errors so far. While the import waits or runs it
 * asks /staf/impor/<id>/kemajuan again every 1.5 s; once it has ended the page is refreshed from
 * the server, which then shows the summary. A reload starts from the server's figures, so the bar
 * survives it.
 */
export function ImportProgressBar({ batchId, initial, locale }: { batchId: string; initial: ImportProgressJson; locale: string }) {
  const t = useTranslations("Imports.progress");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const running = progress.status === "QUEUED" || progress.status === "RUNNING";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/staf/impor/${batchId}/kemajuan`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as ImportProgressJson;
        setProgress(next);
        if (next.status === "DONE" || next.status === "FAILED") router.refresh();
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    }, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [batchId, running, router]);

  const number = new Intl.NumberFormat(locale);
  const total = Math.max(progress.total, 0);
  const done = Math.min(progress.processed, total);
  const percent = total === 0 ? (running ? 0 : 100) : Math.round((done / total) * 100);
  const rowsDone = t("rowsDone", { processed: number.format(done), total: number.format(total) });

  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={t("label")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={rowsDone}
        className="h-4 w-full overflow-hidden rounded-full border border-line bg-slate-100"
      >
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="font-medium tabular-nums" aria-live="polite">
        {rowsDone}
      </p>
      <p className="text-sm text-muted tabular-nums">{t("errorsSoFar", { count: number.format(progress.errors) })}</p>
      {progress.status === "QUEUED" ? <p className="text-sm">{t("waiting")}</p> : null}
      {progress.status === "RUNNING" ? <p className="text-sm">{t("running")}</p> : null}
    </div>
  );
}
