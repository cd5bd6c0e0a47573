import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/catalog/localized";
import type { SupplierPage } from "@/lib/catalog/supplier-page";
import { salesChannelCodes, type SalesChannelCode } from "@/lib/enterprises/profile-step-schemas";
import { formatCountry, formatNumber } from "@/lib/i18n/format";
import { type Fact, FactList } from "./fact-list";

const isChannelCode = (value: string): value is SalesChannelCode => (salesChannelCodes as readonly string[]).includes(value);

type Kbli = { code: string; nameId: string; nameEn: string | null };

function KbliLine({ kbli }: { kbli: Kbli }) {
  const locale = useLocale();
  const name = localized(locale, kbli.nameId, kbli.nameEn);
  return (
    <>
      <span className="font-mono">{kbli.code}</span> <span lang={name.lang}>{name.text}</span>
    </>
  );
}

/** The supplier's profile in facts: scale, age, place, trade (KBLI), capacity and markets. */
export function SupplierFacts({ supplier }: { supplier: SupplierPage }) {
  const t = useTranslations("CatalogPages.supplier");
  const locale = useLocale();
  const unit = supplier.capacityUnit ?? t("capacityUnitFallback");
  const place = [supplier.kelurahan ? t("kelurahan", { name: supplier.kelurahan.name }) : null, t("kecamatan", { name: supplier.kecamatan.name })]
    .filter(Boolean)
    .join(", ");
  const countries = supplier.exportCountries.map((code) => formatCountry(code, locale));
  const markets = [supplier.sellsNationally ? t("national") : null, countries.length > 0 ? t("exportTo", { countries: countries.join(", ") }) : null].filter(
    (line): line is string => line !== null,
  );
  const capacity = [
    supplier.monthlyCapacity !== null ? t("monthlyCapacity", { count: formatNumber(supplier.monthlyCapacity, locale), unit }) : null,
    supplier.installedCapacity !== null ? t("installedCapacity", { count: formatNumber(supplier.installedCapacity, locale), unit }) : null,
  ].filter((line): line is string => line !== null);
  const lang = locale === "en" ? "id" : undefined;
  // Channels are stored as codes; older profiles hold the words the owner typed.
  const channels = supplier.salesChannels.map((channel) => (isChannelCode(channel) ? t(`channel.${channel}`) : channel));

  const facts: (Fact | null)[] = [
    supplier.scale ? { label: t("scale"), value: t(`scaleLabel.${supplier.scale}`) } : null,
    supplier.yearFounded ? { label: t("yearFounded"), value: String(supplier.yearFounded) } : null,
    { label: t("location"), value: place },
    supplier.sentra ? { label: t("sentra"), value: supplier.sentra.name } : null,
    supplier.primaryKbli ? { label: t("primaryKbli"), value: <KbliLine kbli={supplier.primaryKbli} /> } : null,
    supplier.additionalKbli.length > 0
      ? {
          label: t("additionalKbli"),
          value: (
            <ul className="space-y-1">
              {supplier.additionalKbli.map(({ kbli }) => (
                <li key={kbli.code}>
                  <KbliLine kbli={kbli} />
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    capacity.length > 0 ? { label: t("capacity"), value: <LineList lines={capacity} /> } : null,
    supplier.rawMaterials ? { label: t("rawMaterials"), value: <span lang={lang}>{supplier.rawMaterials}</span> } : null,
    channels.length > 0 ? { label: t("salesChannels"), value: channels.join(", ") } : null,
    markets.length > 0 ? { label: t("markets"), value: <LineList lines={markets} /> } : null,
  ];
  return <FactList facts={facts} />;
}

function LineList({ lines }: { lines: string[] }) {
  return (
    <ul className="space-y-1">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
