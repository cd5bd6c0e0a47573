import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SuccessPanel } from "@/components/accounts/success-panel";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { ButtonLink } from "@/components/ui/button";
import { verifyEmail } from "@/lib/account-lifecycle/mutations";
import { clientIp } from "@/lib/http/client-ip";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

type VerifyEmailPageProps = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the emailed link is the verification: the link is signed, expiring, and works once.
export default async function VerifyEmailPage({ searchParams }: VerifyEmailPageProps) {
  const token = [(await searchParams).token].flat()[0];
  const t = await getTranslations("VerifyEmail");
  const result = token ? await verifyEmail(token, { ip: clientIp(await headers()) }) : ({ ok: false, reason: "invalid" } as const);

  if (result.ok) {
    return (
      <NarrowPage title={t("metaTitle")}>
        <SuccessPanel heading={t("successHeading")}>
          <p>{t("successText")}</p>
          <ButtonLink href="/masuk">{t("signIn")}</ButtonLink>
        </SuccessPanel>
      </NarrowPage>
    );
  }

  const problem = {
    expired: { heading: t("expiredHeading"), text: t("expiredText") },
    used: { heading: t("usedHeading"), text: t("usedText") },
    invalid: { heading: t("invalidHeading"), text: t("invalidText") },
  }[result.reason];

  return (
    <NarrowPage title={t("metaTitle")}>
      <LinkProblem heading={problem.heading} text={problem.text}>
        {result.reason === "used" ? (
          <ButtonLink href="/masuk">{t("signIn")}</ButtonLink>
        ) : (
          <>
            <ButtonLink href="/verifikasi-email/kirim-ulang">{t("resendLink")}</ButtonLink>
            <ButtonLink href="/masuk" variant="secondary">
              {t("signIn")}
            </ButtonLink>
          </>
        )}
      </LinkProblem>
    </NarrowPage>
  );
}
