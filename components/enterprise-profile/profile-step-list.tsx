import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ProfileStep } from "@/lib/enterprises/profile-schemas";

export type ProfileStepKey = "business" | "address" | "sector" | "market" | "photos" | "finish";

/** optional: an empty optional step says "opsional, boleh dilewati", never "belum diisi". */
export type StepStatus = { step: ProfileStep; key: ProfileStepKey; filled: boolean; optional?: boolean };

/** The steps of the profile, which one is open, and which are filled (told in words, not by colour alone). */
export function ProfileStepList({ steps, current, basePath }: { steps: readonly StepStatus[]; current: ProfileStep; basePath: string }) {
  const t = useTranslations("EnterpriseProfile.steps");
  return (
    <nav aria-label={t("label")}>
      <p className="mb-3 text-sm font-medium text-muted">{t("progress", { current, total: steps.length })}</p>
      <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {steps.map(({ step, key, filled, optional }) => {
          const active = step === current;
          return (
            <li key={step}>
              <Link
                href={`${basePath}?langkah=${step}`}
                aria-current={active ? "step" : undefined}
                className={[
                  "flex min-h-11 items-center gap-3 rounded-md border px-3 py-2",
                  active ? "border-brand-600 bg-brand-50 font-semibold text-brand-900" : "border-line bg-white text-ink",
                ].join(" ")}
              >
                <span
                  aria-hidden="true"
                  className={[
                    "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold",
                    filled ? "bg-green-700 text-white" : "border border-line text-muted",
                  ].join(" ")}
                >
                  {filled ? "✓" : step}
                </span>
                <span>
                  {t(key)}
                  <span className="block text-sm font-normal text-muted">
                    {key === "finish" ? (filled ? t("finishDone") : t("finishTodo")) : filled ? t("filled") : optional ? t("optionalEmpty") : t("notFilled")}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
