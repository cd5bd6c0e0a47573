import { useLocale, useTranslations } from "next-intl";
import type { ParticipantPlace } from "@/lib/events/place";
import type { AppLocale } from "@/lib/i18n/config";
import { formatCountry } from "@/lib/i18n/format";

/** An SME's kecamatan or a buyer's city (and country when abroad), named for screen readers. */
export function ParticipantPlaceLine({ place }: { place: ParticipantPlace }) {
  const t = useTranslations("EventAdmin.participants");
  const locale = useLocale() as AppLocale;
  return (
    <span className="block text-xs font-normal text-muted">
      {place ? (
        <>
          <span className="sr-only">{t(place.label === "kecamatan" ? "kecamatan" : "city")}: </span>
          {place.label === "city" && place.country ? `${place.name}, ${formatCountry(place.country, locale)}` : place.name}
        </>
      ) : (
        t("none")
      )}
    </span>
  );
}
