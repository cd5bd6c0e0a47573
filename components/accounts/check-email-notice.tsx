import Link from "next/link";
import { useTranslations } from "next-intl";
import { SuccessPanel } from "./success-panel";

const linkClass = "inline-flex min-h-11 items-center font-semibold text-brand-800 underline";

/** After sign-up: where the link went, and what to do when it does not arrive. */
export function CheckEmailNotice({ email, devMailPath }: { email: string; devMailPath: string | null }) {
  const t = useTranslations("Registration");
  return (
    <SuccessPanel heading={t("checkEmailHeading")}>
      <p>{t("checkEmailText", { email })}</p>
      <p>{t("checkEmailSpam")}</p>
      <p className="flex flex-wrap gap-x-6">
        <Link href="/verifikasi-email/kirim-ulang" className={linkClass}>
          {t("resendLink")}
        </Link>
        <Link href="/masuk" className={linkClass}>
          {t("signInLink")}
        </Link>
      </p>
      {devMailPath ? (
        <p className="text-sm">
          {t("devMailHint")}{" "}
          <Link href={devMailPath} className={linkClass}>
            {t("devMailLink")}
          </Link>
        </p>
      ) : null}
    </SuccessPanel>
  );
}
