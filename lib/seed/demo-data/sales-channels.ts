// The demo data describes sales channels in words; the profile stores the stable codes of
// lib/enterprises/profile-step-schemas.ts. This is the mapping, kept beside the words it reads.
import type { SalesChannelCode } from "@/lib/enterprises/profile-step-schemas";

const codeOf: Record<string, SalesChannelCode> = {
  "Toko sendiri": "OWN_SHOP",
  "Galeri sendiri": "OWN_SHOP",
  "Kedai sendiri": "OWN_SHOP",
  "Toko oleh-oleh": "RESELLER",
  Reseller: "RESELLER",
  Distributor: "RESELLER",
  "Pasar tradisional": "RESELLER",
  Marketplace: "MARKETPLACE",
  "Media sosial": "SOCIAL_MEDIA",
  "Pesanan WhatsApp": "SOCIAL_MEDIA",
  Pameran: "EXHIBITION",
  Ekspor: "DIRECT_EXPORT",
  "Pesanan korporat": "B2B_ORDER",
  "Pengadaan pemerintah": "B2B_ORDER",
  "Pesanan bengkel": "B2B_ORDER",
};

/** Codes for the channels described, each once, in the order first named. */
export function salesChannelCodesOf(labels: readonly string[]): SalesChannelCode[] {
  return [
    ...new Set(
      labels.map((label) => {
        const code = codeOf[label];
        if (!code) throw new Error(`Demo data names an unknown sales channel: ${label}`);
        return code;
      }),
    ),
  ];
}
