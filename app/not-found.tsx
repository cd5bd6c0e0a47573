import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-300" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">{t("heading")}</h1>
      <p className="mt-4 text-lg text-muted">{t("text")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/">{t("home")}</ButtonLink>
        <ButtonLink href="/katalog" variant="secondary">
          {t("catalog")}
        </ButtonLink>
        <ButtonLink href="/acara" variant="secondary">
          {t("events")}
        </ButtonLink>
      </div>
    </div>
  );
}
