// Turns the rows the product pages read into the options the product form shows.
import type { CertificateType } from "@/lib/generated/prisma/enums";
import { formatHsCode } from "@/lib/products/hs-code";
import type { KbliOption } from "@/lib/products/queries";
import { kbliOtherValue } from "@/lib/products/schemas";
import type { CertificateChoice } from "./certificate-choices";

export function kbliChoices(options: KbliOption[], locale: string) {
  return options.map((option) => ({ code: option.code, name: locale === "en" ? (option.nameEn ?? option.nameId) : option.nameId }));
}

export function certificateChoices(
  certificates: { id: string; type: CertificateType; number: string; name: string | null }[],
  typeLabel: (type: CertificateType) => string,
): CertificateChoice[] {
  return certificates.map((certificate) => ({
    id: certificate.id,
    label: certificate.name ? `${typeLabel(certificate.type)} (${certificate.name})` : typeLabel(certificate.type),
    number: certificate.number,
  }));
}

export type ProductFormValues = {
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  kbliCode: string;
  kbliOther: string;
  hsCode: string;
  priceMin: string;
  priceMax: string;
  unit: string;
  minOrder: string;
  monthlyCapacity: string;
  leadTimeDays: string;
  certificateIds: string[];
  exportReady: boolean;
};

export const emptyProductValues: ProductFormValues = {
  nameId: "",
  nameEn: "",
  descriptionId: "",
  descriptionEn: "",
  kbliCode: "",
  kbliOther: "",
  hsCode: "",
  priceMin: "",
  priceMax: "",
  unit: "",
  minOrder: "",
  monthlyCapacity: "",
  leadTimeDays: "",
  certificateIds: [],
  exportReady: false,
};

/** Whole rupiah with Indonesian thousands dots, as people type them: 1500000n -> "1.500.000". */
function rupiahText(value: bigint | null): string {
  return value === null ? "" : value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const numberText = (value: number | null) => (value === null ? "" : String(value));

type StoredProduct = {
  nameId: string;
  nameEn: string | null;
  descriptionId: string;
  descriptionEn: string | null;
  kbli: { code: string } | null;
  hsCode: string | null;
  priceMinRupiah: bigint | null;
  priceMaxRupiah: bigint | null;
  unit: string;
  minOrder: number | null;
  monthlyCapacity: number | null;
  leadTimeDays: number | null;
  exportReady: boolean;
  certificateIds: string[];
};

/** A stored product as the form's starting values; a KBLI outside the enterprise's own is "another code". */
export function productFormValues(product: StoredProduct, ownKbliCodes: string[]): ProductFormValues {
  const code = product.kbli?.code ?? "";
  const own = code === "" || ownKbliCodes.includes(code);
  return {
    nameId: product.nameId,
    nameEn: product.nameEn ?? "",
    descriptionId: product.descriptionId,
    descriptionEn: product.descriptionEn ?? "",
    kbliCode: own ? code : kbliOtherValue,
    kbliOther: own ? "" : code,
    hsCode: product.hsCode ? formatHsCode(product.hsCode) : "",
    priceMin: rupiahText(product.priceMinRupiah),
    priceMax: rupiahText(product.priceMaxRupiah),
    unit: product.unit,
    minOrder: numberText(product.minOrder),
    monthlyCapacity: numberText(product.monthlyCapacity),
    leadTimeDays: numberText(product.leadTimeDays),
    certificateIds: product.certificateIds,
    exportReady: product.exportReady,
  };
}
