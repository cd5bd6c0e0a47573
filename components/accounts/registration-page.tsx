import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NarrowPage } from "./narrow-page";

/** The page around a registration form, with a way to sign in for those who have an account. */
export async function RegistrationPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const t = await getTranslations("Registration");
  return (
    <NarrowPage
      title={title}
      lead={lead}
      after={
        <>
          {t("haveAccount")}{" "}
          <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </>
      }
    >
      {children}
    </NarrowPage>
  );
}
