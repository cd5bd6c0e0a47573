// Demo events: the completed third-quarter Temu Usaha (with its meetings and outcomes) and the
// upcoming fourth-quarter one, open for registration. Times are WIB (UTC+7).
import type { DemoEvent } from "./types";

const approved = (party: string) => ({ party, status: "APPROVED" as const });
const applied = (party: string) => ({ party, status: "APPLIED" as const });

export const completedEvent: DemoEvent = {
  slug: "temu-usaha-industri-2026-q3",
  title: "Temu Usaha Industri Triwulan III 2026",
  kind: "BUSINESS_MATCHING",
  quarter: "2026-Q3",
  description:
    "Temu bisnis IKM Kota Semarang dengan pembeli ritel, eksportir, hotel dan pengadaan korporat. " +
    "Setiap IKM bertemu calon pembeli dalam sesi 20 menit sesuai jadwal; meja konsultasi KUR Himbara, " +
    "FTA Center dan Klinik Ekspor tersedia sepanjang acara.",
  venue: "Gedung Oudetrap, Kota Lama Semarang",
  venueAddress: "Jl. Letjen Suprapto, Kawasan Kota Lama, Tanjung Mas, Semarang Utara",
  startsAt: "2026-09-16T08:00:00+07:00",
  endsAt: "2026-09-16T15:00:00+07:00",
  registrationOpensAt: "2026-08-03T08:00:00+07:00",
  registrationClosesAt: "2026-09-04T23:59:00+07:00",
  status: "COMPLETED",
  slotMinutes: 20,
  tableCount: 8,
  capacity: { sme: 40, buyer: 15, partner: 6 },
  smes: [
    ...[
      "batik-sekar-asem", "batik-laras-rejomulyo", "bandeng-juwita", "bandeng-presto-sari-laut", "lumpia-rasa-lawas",
      "wingko-babat-cap-andong", "tempe-murni-sukorejo", "keripik-tempe-renyah", "candi-arabika-roastery", "kopi-sekayu",
      "jamu-sehat-lestari", "sambal-mbok-rawit", "asri-soap-kudu", "atsiri-polaman", "jati-meteseh-furniture",
      "kriya-eceng-gondok-tambakrejo", "genuk-prima-leather", "bugangan-garment", "randu-presisi-teknik", "suvenir-kayu-bendan",
    ].map(approved),
    { party: "rotan-jatisari", status: "WAITLISTED" },
    { party: "kaos-sablon-wonodri", status: "WITHDRAWN" },
    { party: "beton-rowosari", status: "REJECTED" },
  ],
  buyers: [
    "pt-sarinah", "cv-nusantara-eksporindo", "pt-java-heritage-trading", "pt-sakura-nusa-ekspor", "hotel-candi-panorama",
    "katering-sedap-sembada", "cv-sumber-pangan-jateng", "pt-jateng-energi-mandiri", "setda-kota-semarang",
  ].map(approved),
  partners: ["bank-mandiri", "bank-bri", "fta-center-jawa-tengah", "klinik-ekspor-jawa-tengah"].map(approved),
  sessions: [
    { from: "2026-09-16T09:00:00+07:00", until: "2026-09-16T12:00:00+07:00" },
    { from: "2026-09-16T13:00:00+07:00", until: "2026-09-16T15:00:00+07:00" },
  ],
  meetings: [
    { sme: "batik-sekar-asem", buyer: "pt-sarinah", outcome: "DEAL", dealJuta: 85, notes: "Kurasi 40 lembar batik tulis untuk gerai Sarinah Thamrin, konsinyasi 60 hari." },
    { sme: "batik-sekar-asem", buyer: "hotel-candi-panorama", outcome: "PURCHASE_ORDER", dealJuta: 62, notes: "PO 250 lembar batik cap motif Lawang Sewu untuk seragam front office." },
    { sme: "batik-sekar-asem", buyer: "pt-sakura-nusa-ekspor", outcome: "SAMPLE", notes: "Lima sampel batik warna alam dikirim untuk pembeli di Kyoto." },
    { sme: "batik-laras-rejomulyo", buyer: "setda-kota-semarang", outcome: "FOLLOW_UP", notes: "Menunggu spesifikasi seragam batik ASN 2027." },
    { sme: "batik-laras-rejomulyo", buyer: "pt-sarinah", outcome: "NO_INTEREST", notes: "Motif dinilai belum berbeda dari koleksi yang sudah ada." },
    { sme: "bandeng-juwita", buyer: "cv-nusantara-eksporindo", outcome: "DEAL", dealJuta: 240, notes: "Kontrak tiga bulan bandeng presto beku 2 ton per bulan ke Singapura." },
    { sme: "bandeng-juwita", buyer: "cv-sumber-pangan-jateng", outcome: "PURCHASE_ORDER", dealJuta: 45, notes: "PO bandeng presto kotak oleh-oleh untuk gerai rest area." },
    { sme: "bandeng-presto-sari-laut", buyer: "cv-sumber-pangan-jateng", outcome: "SAMPLE", notes: "Sampel kemasan vakum isi 3 untuk uji umur simpan." },
    { sme: "bandeng-presto-sari-laut", buyer: "cv-nusantara-eksporindo", outcome: null },
    { sme: "lumpia-rasa-lawas", buyer: "hotel-candi-panorama", outcome: "PURCHASE_ORDER", dealJuta: 18, notes: "Lumpia beku untuk menu sarapan, 1.200 pcs per bulan." },
    { sme: "lumpia-rasa-lawas", buyer: "katering-sedap-sembada", outcome: "FOLLOW_UP", notes: "Uji coba menu lumpia basah untuk katering kantor." },
    { sme: "wingko-babat-cap-andong", buyer: "cv-sumber-pangan-jateng", outcome: "DEAL", dealJuta: 36, notes: "Wingko mini satuan untuk 40 toko modern." },
    { sme: "tempe-murni-sukorejo", buyer: "katering-sedap-sembada", outcome: "DEAL", dealJuta: 52, notes: "Pasokan tempe 4 ton per bulan untuk dapur makan bergizi." },
    { sme: "keripik-tempe-renyah", buyer: "cv-nusantara-eksporindo", outcome: "SAMPLE", notes: "Perlu kemasan berbahasa Inggris dan nomor BPOM sebelum ekspor." },
    { sme: "candi-arabika-roastery", buyer: "pt-sakura-nusa-ekspor", outcome: "DEAL", dealJuta: 310, notes: "Green bean robusta 5 ton untuk roaster di Osaka." },
    { sme: "kopi-sekayu", buyer: "hotel-candi-panorama", outcome: "PURCHASE_ORDER", dealJuta: 14, notes: "House blend untuk restoran hotel, 60 kg per bulan." },
    { sme: "kopi-sekayu", buyer: "pt-jateng-energi-mandiri", outcome: "FOLLOW_UP", notes: "Suvenir drip bag berlogo untuk akhir tahun." },
    { sme: "jamu-sehat-lestari", buyer: "cv-nusantara-eksporindo", outcome: "FOLLOW_UP", notes: "Diminta label bahasa Melayu dan daftar komposisi." },
    { sme: "sambal-mbok-rawit", buyer: "cv-sumber-pangan-jateng", outcome: "SAMPLE" },
    { sme: "asri-soap-kudu", buyer: "hotel-candi-panorama", outcome: "PURCHASE_ORDER", dealJuta: 21, notes: "Amenities sabun 25 g berlogo hotel." },
    { sme: "atsiri-polaman", buyer: "pt-sakura-nusa-ekspor", outcome: "SAMPLE", notes: "Sampel 1 liter minyak serai wangi untuk uji lab di Jepang." },
    { sme: "jati-meteseh-furniture", buyer: "pt-java-heritage-trading", outcome: "DEAL", dealJuta: 420, notes: "Satu kontainer 40 ft mebel jati untuk Rotterdam." },
    { sme: "kriya-eceng-gondok-tambakrejo", buyer: "pt-java-heritage-trading", outcome: "FOLLOW_UP", notes: "Pembeli meminta kapasitas 2.000 pcs per bulan; perlu tambahan perajin." },
    { sme: "kriya-eceng-gondok-tambakrejo", buyer: "hotel-candi-panorama", outcome: null },
    { sme: "genuk-prima-leather", buyer: "pt-jateng-energi-mandiri", outcome: "PURCHASE_ORDER", dealJuta: 96, notes: "250 pasang sepatu safety untuk petugas lapangan." },
    { sme: "genuk-prima-leather", buyer: "setda-kota-semarang", outcome: "FOLLOW_UP", notes: "Didampingi untuk tayang di e-katalog lokal." },
    { sme: "bugangan-garment", buyer: "pt-jateng-energi-mandiri", outcome: "DEAL", dealJuta: 130, notes: "Seragam kerja dan wearpack untuk 500 karyawan." },
    { sme: "randu-presisi-teknik", buyer: "pt-jateng-energi-mandiri", outcome: "FOLLOW_UP", notes: "Kunjungan pabrik dijadwalkan Oktober." },
    { sme: "suvenir-kayu-bendan", buyer: "setda-kota-semarang", outcome: "PURCHASE_ORDER", dealJuta: 27, notes: "200 plakat kayu untuk tamu kunjungan kerja." },
  ],
  vetoed: [
    { sme: "randu-presisi-teknik", buyer: "pt-sarinah", staffNote: "Produk komponen mesin tidak sesuai kurasi ritel." },
    { sme: "tempe-murni-sukorejo", buyer: "pt-sakura-nusa-ekspor", staffNote: "Tempe segar belum layak untuk pengiriman jarak jauh." },
  ],
};

export const upcomingEvent: DemoEvent = {
  slug: "temu-usaha-industri-2026-q4",
  title: "Temu Usaha Industri Triwulan IV 2026",
  kind: "BUSINESS_MATCHING",
  quarter: "2026-Q4",
  description:
    "Temu bisnis penutup tahun untuk IKM Kota Semarang, dengan fokus produk siap ekspor dan pengadaan pemerintah 2027. " +
    "Pendaftaran IKM dikurasi oleh Dinas Perindustrian; jadwal pertemuan diumumkan sepekan sebelum acara.",
  venue: "Balai Kota Semarang",
  venueAddress: "Jl. Pemuda No. 148, Sekayu, Semarang Tengah",
  startsAt: "2026-12-16T08:00:00+07:00",
  endsAt: "2026-12-16T15:00:00+07:00",
  registrationOpensAt: "2026-11-01T08:00:00+07:00",
  registrationClosesAt: "2026-12-09T23:59:00+07:00",
  status: "PUBLISHED",
  slotMinutes: 20,
  tableCount: 10,
  capacity: { sme: 50, buyer: 20, partner: 8 },
  smes: [
    ...["batik-sekar-asem", "kulit-manyaran-handmade", "studio-keramik-jatingaleh", "anggun-hijab-tambakaji"].map(approved),
    ...["rotan-jatisari", "mainan-edukasi-pedalangan", "dapur-beku-kedungmundu", "keripik-tempe-renyah", "rajut-jomblang-craft"].map(applied),
  ],
  buyers: [
    ...["pt-sarinah", "oranje-indo-import", "lim-trading-sdn-bhd"].map(approved),
    ...["pasarkita-id", "restoran-kota-lama-heritage"].map(applied),
  ],
  partners: ["bank-bni", "bank-btn", "fta-center-jawa-tengah"].map(approved),
  sessions: [
    { from: "2026-12-16T09:00:00+07:00", until: "2026-12-16T12:00:00+07:00" },
    { from: "2026-12-16T13:00:00+07:00", until: "2026-12-16T15:00:00+07:00" },
  ],
};
