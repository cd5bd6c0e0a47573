import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { partyOf } from "@/lib/auth/party";
import { roleHome } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { withdrawRegistrationAction } from "@/lib/events/actions";
import type { RegistrationState } from "@/lib/events/phase";
import { canWithdraw, getRegistrationView, registrationBlock } from "@/lib/events/registration";
import { formatDateTimeRange } from "@/lib/i18n/format";
import { RegisterForm } from "./register-form";
import { ParticipantStatusBadge } from "./status-badges";
import { ClientMessages } from "@/components/i18n/client-messages";
import { eventRegistrationNamespaces } from "@/lib/i18n/client-namespaces";

const participantRoles = new Set(["SME", "BUYER", "PARTNER"]);

/**
 * The public event page's registration box: sign in (anonymous), complete the profile (no party
 * yet), the form (registration open), or the user's registration with a way to withdraw.
 */
export async function RegistrationPanel({ eventId, slug, state, user }: { eventId: string; slug: string; state: RegistrationState; user: SessionUser | null }) {
  const [t, locale] = await Promise.all([getTranslations("EventRegistration"), getLocale()]);
  const party = user && participantRoles.has(user.role) ? partyOf(user) : null;
  const view = party ? await getRegistrationView(party, { id: eventId }) : null;
  const registration = view?.registration && view.registration.status !== "WITHDRAWN" ? view.registration : null;
  if (state !== "open" && !registration) return null;

  let body;
  if (!user) {
    body = (
      <>
        <p className="mt-2 text-muted">{t("signInText")}</p>
        <ButtonLink href={`/masuk?callbackUrl=${encodeURIComponent(`/acara/${slug}`)}`} className="mt-4">
          {t("signIn")}
        </ButtonLink>
        <p className="mt-3">
          <Link href="/daftar" className="text-brand-700 underline">
            {t("noAccount")}
          </Link>
        </p>
      </>
    );
  } else if (!participantRoles.has(user.role)) {
    body = <p className="mt-2 text-muted">{t("notParticipantRole")}</p>;
  } else if (registration && view) {
    body = (
      <>
        <p className="mt-2">
          <ParticipantStatusBadge status={registration.status} />
        </p>
        <ButtonLink href={`/peserta/acara/${slug}`} variant="secondary" className="mt-4">
          {t("openDetails")}
        </ButtonLink>
        {canWithdraw(registration, view.event) ? (
          <div className="mt-4">
            <p className="mb-2 text-sm text-muted">{t("withdrawNote")}</p>
            <MatchButtonForm action={withdrawRegistrationAction} fields={{ eventId }} label={t("withdraw")} pendingLabel={t("withdrawing")} />
          </div>
        ) : null}
      </>
    );
  } else {
    const block = await registrationBlock(party);
    if (block) {
      body = (
        <>
          <p className="mt-2">{t(block === "noParty" ? "completeProfile" : "smeNotPublished")}</p>
          <ButtonLink href={roleHome[user.role]} variant="secondary" className="mt-4">
            {t("completeProfileAction")}
          </ButtonLink>
        </>
      );
    } else {
      const slots = (view?.event.slots ?? []).map((slot) => ({ value: slot.startsAt.toISOString(), label: formatDateTimeRange(slot.startsAt, slot.endsAt, locale) }));
      body = (
        <>
          <p className="mt-2 text-muted">{t("lead")}</p>
          {view?.registration?.status === "WITHDRAWN" ? <p className="mt-2 text-sm">{t("reapply")}</p> : null}
          <div className="mt-4">
            <RegisterForm eventId={eventId} slots={slots} />
          </div>
        </>
      );
    }
  }

  return (
    <Card as="section" aria-labelledby="register-heading" className="border-accent-300 bg-accent-50">
      <h2 id="register-heading" className="text-lg font-semibold text-brand-900">
        {registration ? t("yourStatus") : t("heading")}
      </h2>
      {/* Only a signed-in participant gets a form, and so the messages of its actions. */}
      {party ? <ClientMessages namespaces={eventRegistrationNamespaces}>{body}</ClientMessages> : body}
    </Card>
  );
}
