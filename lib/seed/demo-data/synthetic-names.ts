// Word lists for synthetic names, places and markets (lib/seed/scale.ts).
import type { BuyerKind } from "@/lib/generated/prisma/enums";
import type { Weighted } from "@/lib/random/seeded";

/** Words Indonesian small businesses favour in their names. */
export const nameWords = [
  "Sari", "Makmur", "Jaya", "Berkah", "Lestari", "Sejahtera", "Mulya", "Barokah", "Sentosa", "Rejeki", "Maju", "Abadi",
  "Mandiri", "Sumber", "Karya", "Putra", "Putri", "Indah", "Mekar", "Agung", "Utama", "Sinar", "Cahaya", "Harapan",
  "Bintang", "Family", "Mustika", "Prima", "Sakinah", "Amanah", "Arta", "Kencana", "Wijaya", "Nusantara", "Rahayu", "Asri",
] as const;

export const streetSuffixes = ["Raya", "Tengah", "Timur", "Barat", "Utara", "Selatan", "Gg. I", "Gg. II", "Gg. III", "Gg. IV", "Baru", "Dalam"] as const;

export const salesChannels = [
  "Toko sendiri", "Toko oleh-oleh", "Marketplace", "Media sosial", "Reseller", "Pameran", "Pesanan korporat",
  "Pengadaan pemerintah", "Distributor", "Pasar tradisional", "Ekspor",
] as const;

export const exportMarkets = ["MY", "SG", "JP", "NL", "AU", "US", "DE", "BN", "HK", "SA", "AE", "KR", "TW", "GB", "FR"] as const;

export const mobilePrefixes = ["812", "813", "821", "822", "823", "852", "853", "857", "858", "877", "878", "895", "896", "815", "856", "838"] as const;

export const buyerKinds: Weighted<BuyerKind> = [
  ["RETAILER", 20],
  ["DISTRIBUTOR", 18],
  ["HOREKA", 16],
  ["EXPORTER", 12],
  ["IMPORTER", 7],
  ["CORPORATE_PROCUREMENT", 12],
  ["GOVERNMENT_PROCUREMENT", 5],
  ["ONLINE_MARKETPLACE", 10],
];

export const domesticCities: Weighted<string> = [
  ["Semarang", 45], ["Jakarta", 15], ["Surabaya", 8], ["Bandung", 6], ["Yogyakarta", 6], ["Surakarta", 5], ["Kudus", 3],
  ["Kendal", 3], ["Salatiga", 3], ["Denpasar", 3], ["Medan", 3],
];

/** Importers' home markets: country, city, and the company-form suffix used there. */
export const importerHomes = [
  { country: "MY", city: "Kuala Lumpur", suffix: "Sdn. Bhd." },
  { country: "SG", city: "Singapore", suffix: "Pte. Ltd." },
  { country: "NL", city: "Rotterdam", suffix: "B.V." },
  { country: "JP", city: "Osaka", suffix: "Co., Ltd." },
  { country: "AU", city: "Melbourne", suffix: "Pty Ltd" },
  { country: "US", city: "Los Angeles", suffix: "LLC" },
  { country: "DE", city: "Hamburg", suffix: "GmbH" },
  { country: "AE", city: "Dubai", suffix: "Trading LLC" },
] as const;

export const governmentUnits = [
  "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pariwisata", "Sekretariat Daerah", "Sekretariat DPRD", "RSUD", "Dinas Perhubungan",
] as const;

export const requestOpeners = ["Pengadaan", "Mencari pemasok", "Kebutuhan rutin", "Pasokan bulanan"] as const;

export const requestPurposes: Record<BuyerKind, readonly string[]> = {
  RETAILER: ["untuk rak produk lokal", "untuk gerai oleh-oleh", "untuk koleksi musim liburan"],
  DISTRIBUTOR: ["untuk jaringan toko di Jawa Tengah", "untuk toko modern", "untuk gerai rest area"],
  EXPORTER: ["untuk pembeli luar negeri", "untuk pengiriman kontainer", "untuk pasar ekspor"],
  IMPORTER: ["untuk jaringan toko kami", "untuk grosir di negara kami"],
  HOREKA: ["untuk kebutuhan hotel", "untuk menu restoran", "untuk katering acara"],
  CORPORATE_PROCUREMENT: ["untuk kebutuhan karyawan", "untuk suvenir korporat", "untuk lini produksi"],
  GOVERNMENT_PROCUREMENT: ["untuk kegiatan dinas", "untuk sekolah dan PAUD", "untuk tamu kunjungan kerja"],
  ONLINE_MARKETPLACE: ["untuk kampanye belanja online", "untuk toko resmi di platform kami"],
};

/** Variants that tell apart several products of one template at one enterprise. */
export const productVariants = [
  ["Premium", "Premium"],
  ["Ekonomis", "Economy"],
  ["Pesanan Khusus", "Made to Order"],
  ["Standar", "Standard"],
] as const;
