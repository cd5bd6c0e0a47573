import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field";

type ConsentFieldProps = {
  id: string;
  officeName: string;
  defaultChecked: boolean;
  error?: string;
};

/** The privacy notice (folded, so the form stays short on a phone) and the consent to it. */
export function ConsentField({ id, officeName, defaultChecked, error }: ConsentFieldProps) {
  const t = useTranslations("Registration");
  return (
    <div className="space-y-3">
      <details className="rounded-md border border-line bg-slate-50 p-3">
        <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-800">{t("privacyHeading")}</summary>
        <div className="mt-2 space-y-2 text-sm text-ink">
          <p>{t("privacyCollect", { office: officeName })}</p>
          <p>{t("privacyShare")}</p>
          <p>{t("privacyRights")}</p>
        </div>
      </details>
      <div className="flex items-start gap-3">
        <input
          id={id}
          name="consent"
          type="checkbox"
          value="on"
          defaultChecked={defaultChecked}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="text-ink">
          {t("consent")}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
