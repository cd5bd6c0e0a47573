import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinSteps } from "@/components/home/join-steps";
import { NextEvent } from "@/components/home/next-event";
import { ProgrammeFigures } from "@/components/home/programme-figures";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getNextUpcomingEvent } from "@/lib/events/queries";
import { getProgrammeFigures } from "@/lib/home/queries";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Home");
  return { title: t("metaTitle") };
}

export default async function HomePage() {
  const now = new Date();
  const [t, nextEvent, figures] = await Promise.all([
    getTranslations("Home"),
    getNextUpcomingEvent(now),
    getProgrammeFigures(now),
  ]);
  const { officeName: office, city } = siteConfig();

  const points = [
    { title: t("about.matchingTitle"), text: t("about.matchingText") },
    { title: t("about.meetingsTitle"), text: t("about.meetingsText") },
    { title: t("about.followUpTitle"), text: t("about.followUpText") },
  ];
  const smeSteps = ([1, 2, 3, 4, 5] as const).map((n) => ({
    title: t(`smeSteps.step${n}Title`),
    text: t(`smeSteps.step${n}Text`, { office }),
  }));
  const buyerSteps = ([1, 2, 3, 4] as const).map((n) => ({
    title: t(`buyerSteps.step${n}Title`),
    text: t(`buyerSteps.step${n}Text`),
  }));
  const partners = (["himbara", "fta", "export"] as const).map((key) => ({
    key,
    title: t(`partners.${key}Title`),
    text: t(`partners.${key}Text`),
  }));

  return (
    <>
      <section aria-labelledby="hero-heading" className="bg-brand-800 text-white">
        <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:py-16 lg:grid-cols-[3fr_2fr] lg:items-center">
          <div>
            <p className="font-semibold tracking-wide text-accent-300 uppercase">{t("hero.eyebrow", { office })}</p>
            <h1 id="hero-heading" className="mt-3 text-3xl leading-tight font-bold sm:text-5xl">
              {t("hero.heading")}
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-brand-100">{t("hero.lead", { office, city })}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/daftar" variant="accent">
                {t("hero.register")}
              </ButtonLink>
              <ButtonLink href="/katalog" variant="inverse">
                {t("hero.catalog")}
              </ButtonLink>
            </div>
          </div>
          <NextEvent event={nextEvent} now={now} />
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-16 px-4 py-12">
        <section aria-labelledby="about-heading" className="grid gap-8 lg:grid-cols-2">
          <div className="space-y-4 text-lg">
            <h2 id="about-heading" className="text-2xl font-bold text-brand-900">
              {t("about.heading")}
            </h2>
            <p>{t("about.p1", { office })}</p>
            <p>{t("about.p2")}</p>
            <p>{t("about.p3")}</p>
          </div>
          <ul aria-label={t("about.pointsLabel")} className="grid gap-4">
            {points.map((point) => (
              <Card as="li" key={point.title} className="border-l-4 border-l-accent-400">
                <h3 className="text-lg font-semibold text-brand-900">{point.title}</h3>
                <p className="mt-1 text-muted">{point.text}</p>
              </Card>
            ))}
          </ul>
        </section>

        <div className="grid gap-12 lg:grid-cols-2">
          <JoinSteps id="sme-steps-heading" heading={t("smeSteps.heading")} steps={smeSteps} />
          <JoinSteps id="buyer-steps-heading" heading={t("buyerSteps.heading")} steps={buyerSteps} />
        </div>

        <section aria-labelledby="partners-heading">
          <h2 id="partners-heading" className="text-2xl font-bold text-brand-900">
            {t("partners.heading")}
          </h2>
          <p className="mt-2 max-w-3xl text-lg text-muted">{t("partners.intro")}</p>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            {partners.map((partner) => (
              <Card as="li" key={partner.key}>
                <h3 className="text-lg font-semibold text-brand-900">{partner.title}</h3>
                <p className="mt-2 text-muted">{partner.text}</p>
              </Card>
            ))}
          </ul>
        </section>

        <ProgrammeFigures figures={figures} />

        <section aria-labelledby="cta-heading" className="rounded-xl border border-accent-300 bg-accent-50 px-5 py-8 text-center sm:px-8">
          <h2 id="cta-heading" className="text-2xl font-bold text-brand-900">
            {t("cta.heading")}
          </h2>
          <p className="mx-auto mt-2 max-w-2xl text-lg text-muted">{t("cta.text")}</p>
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            <ButtonLink href="/daftar">{t("cta.register")}</ButtonLink>
            <ButtonLink href="/katalog" variant="secondary">
              {t("cta.catalog")}
            </ButtonLink>
          </div>
        </section>
      </div>
    </>
  );
}
