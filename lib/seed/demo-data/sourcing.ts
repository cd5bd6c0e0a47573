// Demo sourcing requests (what buyers are looking for) and the demo accounts that are not SME
// owners (those come from enterprises with an `owner`). Every account's password is
// TemuUsaha#2026.
import { SARINAH_BUYER } from "./buyers";
import type { DemoSourcingRequest, DemoUser } from "./types";

export const DEMO_PASSWORD = "TemuUsaha#2026";
export const DEMO_ADMIN_EMAIL = "admin@temu-usaha.test";
export const DEMO_BUYER_EMAIL = "pembeli@temu-usaha.test";

export const demoUsers: readonly DemoUser[] = [
  { email: DEMO_ADMIN_EMAIL, name: "Admin Temu Usaha", role: "ADMIN" },
  { email: "staf@temu-usaha.test", name: "Rina Kusumawardani", role: "STAFF", phone: "+6281225783140" },
  { email: "dwi.cahyono@temu-usaha.test", name: "Dwi Cahyono", role: "STAFF", phone: "+6285640219377" },
  { email: DEMO_BUYER_EMAIL, name: "Maya Anggraini", role: "BUYER", phone: "+6281310457722", buyer: SARINAH_BUYER },
  { email: "hotel-candi-panorama@pembeli.temu-usaha.test", name: "Andi Saputra", role: "BUYER", buyer: "hotel-candi-panorama" },
  { email: "nusantara-eksporindo@pembeli.temu-usaha.test", name: "Linda Hartanto", role: "BUYER", buyer: "cv-nusantara-eksporindo" },
  { email: "mitra@temu-usaha.test", name: "Yudha Pratama", role: "PARTNER", phone: "+6281390112456", partner: "bank-bri" },
  { email: "fta-center@mitra.temu-usaha.test", name: "Retno Palupi", role: "PARTNER", partner: "fta-center-jawa-tengah" },
];

export const demoSourcingRequests: readonly DemoSourcingRequest[] = [
  {
    key: "sarinah-batik-tulis", buyer: SARINAH_BUYER, title: "Batik tulis motif Semarangan untuk koleksi gerai Sarinah",
    description: "Mencari batik tulis katun dan sutra bermotif khas Semarang (asem arang, Lawang Sewu, blekok) untuk koleksi Wastra Nusantara 2027. Kurasi langsung di gerai Thamrin.",
    kbli: "13134", quantityPerMonth: 150, unit: "lembar", targetPrice: [500_000, 1_200_000], requiredCertificates: ["HKI_MEREK"], deadline: "2027-01-31",
  },
  {
    key: "hotel-seragam-batik", buyer: "hotel-candi-panorama", title: "Batik tulis motif Semarangan untuk seragam hotel",
    description: "Seragam front office dan restoran untuk 120 staf, kombinasi batik tulis dan cap dengan warna identitas hotel. Diperlukan sampel sebelum produksi.",
    kbli: "13134", quantityPerMonth: 300, unit: "lembar", targetPrice: [175_000, 300_000], requiredCertificates: [], deadline: "2026-12-31",
  },
  {
    key: "hotel-sabun-amenities", buyer: "hotel-candi-panorama", title: "Sabun batang amenities berlogo hotel 25 g",
    description: "Sabun batang alami untuk 180 kamar, kemasan kertas daur ulang berlogo hotel, pengiriman bulanan.",
    kbli: "20231", quantityPerMonth: 8000, unit: "pcs", targetPrice: [2500, 3500], requiredCertificates: ["HALAL"], deadline: "2027-01-15",
  },
  {
    key: "eksporindo-bandeng-sg", buyer: "cv-nusantara-eksporindo", title: "Bandeng presto beku untuk ekspor ke Singapura",
    description: "Bandeng presto beku kemasan vakum per ekor, karton 10 kg, suhu -18 °C. Pengiriman dua kali sebulan lewat Tanjung Emas.",
    kbli: "10219", quantityPerMonth: 2000, unit: "kg", targetPrice: [80_000, 95_000], requiredCertificates: ["HALAL", "BPOM_MD"],
    exportDestination: "SG", deadline: "2027-02-28",
  },
  {
    key: "katering-tempe-harian", buyer: "katering-sedap-sembada", title: "Pasokan tempe kedelai harian untuk dapur katering",
    description: "Tempe papan 1 kg diantar setiap hari pukul 05.00 ke dapur di Pedurungan untuk menu makan bergizi sekolah.",
    kbli: "10391", quantityPerMonth: 6000, unit: "kg", targetPrice: [14_000, 17_000], requiredCertificates: ["HALAL", "PIRT"], deadline: "2026-12-20",
  },
  {
    key: "java-heritage-mebel-nl", buyer: "pt-java-heritage-trading", title: "Mebel jati minimalis untuk pembeli di Belanda (kontainer 40 ft)",
    description: "Meja makan, kursi dan bufet jati finishing water-based sesuai gambar pembeli, kayu wajib ber-SVLK. Satu kontainer 40 ft per bulan.",
    kbli: "31001", quantityPerMonth: 120, unit: "pcs", targetPrice: [1_200_000, 15_000_000], requiredCertificates: [],
    exportDestination: "NL", deadline: "2027-03-31",
  },
  {
    key: "setda-suvenir-dinas", buyer: "setda-kota-semarang", title: "Suvenir khas Semarang untuk tamu dinas",
    description: "Plakat dan miniatur ikon Kota Semarang dengan kemasan kotak, untuk tamu kunjungan kerja sepanjang 2027.",
    kbli: "16293", quantityPerMonth: 500, unit: "pcs", targetPrice: [100_000, 250_000], requiredCertificates: [], deadline: "2027-01-20",
  },
  {
    key: "jem-sepatu-safety", buyer: "pt-jateng-energi-mandiri", title: "Sepatu safety kulit untuk petugas lapangan",
    description: "Sepatu safety kulit dengan pelindung jari baja, ukuran 38-46, untuk 400 petugas lapangan.",
    kbli: "15203", quantityPerMonth: 400, unit: "pasang", targetPrice: [350_000, 500_000], requiredCertificates: [], deadline: "2027-02-15",
  },
  {
    key: "sakura-serai-wangi-jp", buyer: "pt-sakura-nusa-ekspor", title: "Minyak serai wangi untuk pembeli di Jepang",
    description: "Minyak serai wangi kadar geraniol minimal 85% dengan sertifikat analisis, kemasan drum 25 kg.",
    kbli: "20294", quantityPerMonth: 200, unit: "kg", targetPrice: [250_000, 310_000], requiredCertificates: [],
    exportDestination: "JP", deadline: "2027-01-31",
  },
  {
    key: "lim-jahe-instan-my", buyer: "lim-trading-sdn-bhd", title: "Minuman jahe instan halal untuk jaringan toko di Malaysia",
    description: "Jahe merah dan kunyit asam instan kemasan 250 g dengan label bahasa Melayu, halal BPJPH yang diakui JAKIM.",
    kbli: "10762", quantityPerMonth: 3000, unit: "pak", targetPrice: [22_000, 28_000], requiredCertificates: ["HALAL", "BPOM_MD"],
    exportDestination: "MY", deadline: "2027-02-28",
  },
  {
    key: "pasarkita-camilan-1212", buyer: "pasarkita-id", title: "Keripik dan camilan khas Semarang untuk kampanye 12.12",
    description: "Camilan kemasan standing pouch dengan masa simpan minimal 6 bulan untuk promo akhir tahun di PasarKita.id.",
    kbli: "10794", quantityPerMonth: 2000, unit: "pak", targetPrice: [15_000, 25_000], requiredCertificates: ["PIRT"], deadline: "2026-12-05",
  },
  {
    key: "pandanaran-wingko-nataru", buyer: "toko-oleh-oleh-pandanaran-jaya", title: "Wingko babat untuk stok libur Natal dan Tahun Baru",
    description: "Wingko babat original dan aneka rasa, kotak isi 10, dikirim bertahap mulai pertengahan Desember.",
    kbli: "10710", quantityPerMonth: 3000, unit: "box", targetPrice: [30_000, 36_000], requiredCertificates: ["PIRT"], deadline: "2026-11-30",
    closed: true,
  },
];
