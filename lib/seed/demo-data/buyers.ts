// Demo buyer organisations and partner organisations. PT Sarinah and the Himbara banks are real
// partners of the programme; every other buyer is invented.
import type { DemoBuyer, DemoPartner } from "./types";

export const SARINAH_BUYER = "pt-sarinah";

export const demoBuyers: readonly DemoBuyer[] = [
  {
    slug: SARINAH_BUYER, name: "PT Sarinah (Persero)", kind: "RETAILER", city: "Jakarta Pusat", website: "https://www.sarinah.co.id",
    description: "Ritel BUMN etalase produk lokal unggulan; mengkurasi produk kriya, fesyen dan pangan UMKM untuk gerai Sarinah Thamrin dan gerai daerah.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["HKI_MEREK"], exportDestinations: [],
    kbli: ["13134", "14111", "15121", "16292", "32903", "10761", "10794"],
  },
  {
    slug: "cv-nusantara-eksporindo", name: "CV Nusantara Eksporindo", kind: "EXPORTER", city: "Semarang",
    description: "Eksportir makanan olahan dan camilan Indonesia ke Malaysia dan Singapura melalui Pelabuhan Tanjung Emas.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["HALAL", "BPOM_MD"], exportDestinations: ["MY", "SG", "BN"],
    kbli: ["10219", "10212", "10216", "10794", "10772", "10762"],
  },
  {
    slug: "pt-java-heritage-trading", name: "PT Java Heritage Trading", kind: "EXPORTER", city: "Semarang",
    description: "Eksportir mebel, dekorasi rumah dan kriya anyaman ke Belanda, Jerman dan Amerika Serikat.",
    volume: "OVER_5B", requiredCertificates: [], exportDestinations: ["NL", "DE", "US"],
    kbli: ["31001", "31002", "16292", "16291", "23939"],
  },
  {
    slug: "pt-sakura-nusa-ekspor", name: "PT Sakura Nusa Ekspor", kind: "EXPORTER", city: "Jakarta Selatan",
    description: "Mengirim kopi spesialti, minyak atsiri dan kriya tangan Indonesia ke pembeli di Jepang.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["HALAL"], exportDestinations: ["JP"],
    kbli: ["10761", "20294", "13924", "13134"],
  },
  {
    slug: "lim-trading-sdn-bhd", name: "Lim Trading Sdn. Bhd.", kind: "IMPORTER", country: "MY", city: "Kuala Lumpur",
    description: "Importir produk makanan halal dan busana muslim Indonesia untuk jaringan toko di Semenanjung Malaysia.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["HALAL"], exportDestinations: [],
    kbli: ["10762", "10794", "14111", "14302"],
  },
  {
    slug: "oranje-indo-import", name: "Oranje Indo Import B.V.", kind: "IMPORTER", country: "NL", city: "Rotterdam",
    description: "Importir produk kriya, batik dan minyak atsiri Indonesia untuk grosir dan toko konsep di Belanda dan Belgia.",
    volume: "FROM_50M_TO_500M", requiredCertificates: [], exportDestinations: [],
    kbli: ["13134", "16292", "20294", "15121"],
  },
  {
    slug: "hotel-candi-panorama", name: "Hotel Candi Panorama Semarang", kind: "HOREKA", city: "Semarang",
    description: "Hotel bintang empat di kawasan Candisari dengan 180 kamar; mencari pemasok lokal untuk amenities, seragam dan sajian sarapan.",
    volume: "FROM_50M_TO_500M", requiredCertificates: ["HALAL", "PIRT"], exportDestinations: [],
    kbli: ["20231", "15209", "13134", "10710", "10761", "23939", "16292", "10750"],
  },
  {
    slug: "restoran-kota-lama-heritage", name: "Restoran Kota Lama Heritage", kind: "HOREKA", city: "Semarang",
    description: "Restoran masakan peranakan di Kota Lama yang menyajikan menu khas Semarang untuk wisatawan.",
    volume: "UNDER_50M", requiredCertificates: ["HALAL"], exportDestinations: [],
    kbli: ["10219", "10750", "10391", "10212"],
  },
  {
    slug: "katering-sedap-sembada", name: "Katering Sedap Sembada", kind: "HOREKA", city: "Semarang",
    description: "Katering perkantoran dan dapur program makan bergizi yang melayani 3.000 porsi per hari.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["HALAL", "PIRT"], exportDestinations: [],
    kbli: ["10391", "10392", "10792", "10750"],
  },
  {
    slug: "cv-sumber-pangan-jateng", name: "CV Sumber Pangan Jateng", kind: "DISTRIBUTOR", city: "Semarang",
    description: "Distributor makanan kemasan ke 400 toko modern dan toko oleh-oleh di Jawa Tengah dan DIY.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["PIRT", "HALAL"], exportDestinations: [],
    kbli: ["10794", "10710", "10796", "10772", "10219"],
  },
  {
    slug: "pt-oleh-oleh-nusantara", name: "PT Oleh-Oleh Nusantara Distribusi", kind: "DISTRIBUTOR", city: "Surabaya",
    description: "Memasok gerai oleh-oleh di bandara, stasiun dan rest area tol Trans Jawa.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["HALAL", "BPOM_MD"], exportDestinations: [],
    kbli: ["10219", "10710", "10794", "10792"],
  },
  {
    slug: "toko-oleh-oleh-pandanaran-jaya", name: "Toko Oleh-Oleh Pandanaran Jaya", kind: "RETAILER", city: "Semarang",
    description: "Toko oleh-oleh di Jl. Pandanaran dengan tiga cabang, menjual bandeng, wingko, lumpia dan kerajinan.",
    volume: "FROM_50M_TO_500M", requiredCertificates: ["PIRT"], exportDestinations: [],
    kbli: ["10219", "10710", "10792", "10794", "32903"],
  },
  {
    slug: "pasarkita-id", name: "PasarKita.id", kind: "ONLINE_MARKETPLACE", city: "Semarang",
    description: "Lokapasar produk UMKM Jawa Tengah dengan gudang pemenuhan pesanan di Semarang.",
    volume: "FROM_50M_TO_500M", requiredCertificates: [], exportDestinations: [],
    kbli: ["10794", "10772", "13134", "14111", "32120", "20231"],
  },
  {
    slug: "pt-jateng-energi-mandiri", name: "PT Jateng Energi Mandiri", kind: "CORPORATE_PROCUREMENT", city: "Semarang",
    description: "Perusahaan energi daerah; pengadaan seragam kerja, sepatu safety, suvenir korporat dan suku cadang bengkel.",
    volume: "FROM_500M_TO_5B", requiredCertificates: ["ISO"], exportDestinations: [],
    kbli: ["14111", "15203", "25920", "16293", "10761"],
  },
  {
    slug: "pt-garmen-wijaya-kusuma", name: "PT Garmen Wijaya Kusuma", kind: "CORPORATE_PROCUREMENT", city: "Semarang",
    description: "Pabrik garmen ekspor di Kawasan Industri Wijaya Kusuma yang mencari pemasok lokal suku cadang mesin dan kemasan.",
    volume: "OVER_5B", requiredCertificates: ["ISO"], exportDestinations: [],
    kbli: ["25920", "33122", "17022", "18112"],
  },
  {
    slug: "setda-kota-semarang", name: "Bagian Pengadaan Barang/Jasa Setda Kota Semarang", kind: "GOVERNMENT_PROCUREMENT", city: "Semarang",
    description: "Pengadaan pemerintah kota lewat e-katalog lokal: seragam, suvenir dinas, konsumsi rapat dan alat peraga PAUD.",
    volume: "FROM_500M_TO_5B", requiredCertificates: [], exportDestinations: [],
    kbli: ["14111", "13134", "16293", "32402", "10792", "11051", "15201"],
  },
  {
    slug: "koperasi-karyawan-tanjung-emas", name: "Koperasi Karyawan Pelabuhan Tanjung Emas", kind: "RETAILER", city: "Semarang",
    description: "Koperasi karyawan dengan minimarket dan kantin di kawasan pelabuhan, membuka rak khusus produk IKM Semarang.",
    volume: "UNDER_50M", requiredCertificates: ["PIRT"], exportDestinations: [],
    kbli: ["10794", "10761", "10391", "14111"], verified: false,
  },
];

export const demoPartners: readonly DemoPartner[] = [
  { slug: "bank-mandiri", name: "Bank Mandiri", kind: "HIMBARA_BANK", offers: ["KUR_FINANCING"], website: "https://www.bankmandiri.co.id",
    description: "Layanan KUR dan pembiayaan UMKM, rekening usaha dan transaksi ekspor." },
  { slug: "bank-bri", name: "Bank Rakyat Indonesia (BRI)", kind: "HIMBARA_BANK", offers: ["KUR_FINANCING"], website: "https://bri.co.id",
    description: "Penyalur KUR terbesar; meja konsultasi KUR Mikro dan KUR Kecil di setiap Temu Usaha." },
  { slug: "bank-bni", name: "Bank Negara Indonesia (BNI)", kind: "HIMBARA_BANK", offers: ["KUR_FINANCING", "EXPORT_ASSISTANCE"], website: "https://www.bni.co.id",
    description: "KUR, pembiayaan ekspor dan pendampingan UMKM go global." },
  { slug: "bank-btn", name: "Bank Tabungan Negara (BTN)", kind: "HIMBARA_BANK", offers: ["KUR_FINANCING"], website: "https://www.btn.co.id",
    description: "KUR dan kredit usaha untuk pelaku usaha di kawasan perumahan." },
  { slug: "fta-center-jawa-tengah", name: "FTA Center Jawa Tengah", kind: "FTA_CENTER", offers: ["EXPORT_ASSISTANCE"],
    description: "Pendampingan pemanfaatan perjanjian perdagangan bebas: surat keterangan asal, tarif preferensi dan akses pasar." },
  { slug: "klinik-ekspor-jawa-tengah", name: "Klinik Ekspor Jawa Tengah", kind: "EXPORT_AGENCY", offers: ["EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"],
    description: "Konsultasi kesiapan ekspor: dokumen, kemasan, label, perhitungan harga FOB dan temu eksportir." },
];
