// Trade templates for the synthetic benchmark data of lib/seed/scale.ts. The weights give the
// mix of Semarang's IKM: mostly food, then apparel, furniture, textiles (batik) and metal work.
import type { BuyerKind } from "@/lib/generated/prisma/enums";

export interface SyntheticProduct {
  nameId: string;
  nameEn: string;
  hs: string | null;
  unit: string;
  price: readonly [min: number, max: number];
}

export interface SyntheticTrade {
  /** KBLI 2020 subclass. */
  kbli: string;
  /** Share of generated enterprises, in percent (the weights add up to 100). */
  weight: number;
  /** Words a business of this trade puts in its name. */
  words: readonly string[];
  /** Typical monthly capacity range (for a small business) and its unit. */
  capacity: readonly [min: number, max: number, unit: string];
  leadDays: readonly [min: number, max: number];
  materials: string;
  food: boolean;
  buyers: readonly BuyerKind[];
  products: readonly SyntheticProduct[];
}

const p = (nameId: string, nameEn: string, hs: string | null, unit: string, min: number, max: number): SyntheticProduct => ({
  nameId, nameEn, hs, unit, price: [min, max],
});

export const syntheticTrades: readonly SyntheticTrade[] = [
  { kbli: "10391", weight: 4, words: ["Tempe"], capacity: [500, 20_000, "kg"], leadDays: [1, 3], materials: "Kedelai, ragi tempe, plastik dan daun pembungkus", food: true,
    buyers: ["DISTRIBUTOR", "HOREKA", "RETAILER"], products: [p("Tempe Kedelai Papan", "Soybean Tempeh Slab", "21069099", "pcs", 8000, 20_000), p("Tempe Bungkus Daun", "Leaf-wrapped Tempeh", "21069099", "pak", 5000, 12_000)] },
  { kbli: "10392", weight: 3, words: ["Tahu"], capacity: [400, 12_000, "kg"], leadDays: [1, 2], materials: "Kedelai, batu tahu, kunyit", food: true,
    buyers: ["DISTRIBUTOR", "HOREKA"], products: [p("Tahu Putih", "White Tofu", "21069099", "pcs", 300, 700), p("Tahu Goreng Kuning", "Fried Yellow Tofu", "21069099", "pcs", 400, 900)] },
  { kbli: "10710", weight: 5, words: ["Roti", "Bakery", "Kue"], capacity: [1000, 40_000, "pcs"], leadDays: [1, 5], materials: "Tepung terigu, mentega, telur, gula, kelapa", food: true,
    buyers: ["RETAILER", "HOREKA", "CORPORATE_PROCUREMENT"], products: [p("Roti Manis", "Sweet Bread", "19059090", "pcs", 5000, 25_000), p("Kue Kering", "Cookies", "19053120", "toples", 45_000, 120_000), p("Wingko Babat", "Wingko Babat Coconut Cake", "19059090", "box", 25_000, 45_000)] },
  { kbli: "10792", weight: 3, words: ["Jajan Pasar", "Kue Basah"], capacity: [1000, 20_000, "pcs"], leadDays: [1, 2], materials: "Tepung beras, tepung ketan, santan, gula jawa", food: true,
    buyers: ["HOREKA", "CORPORATE_PROCUREMENT", "GOVERNMENT_PROCUREMENT"], products: [p("Kue Lapis", "Steamed Layer Cake", "19059090", "pcs", 2000, 4000), p("Moaci Isi Kacang", "Peanut Moaci", "19059090", "box", 25_000, 40_000), p("Snack Box", "Snack Box", "19059090", "box", 8000, 20_000)] },
  { kbli: "10794", weight: 5, words: ["Keripik", "Kerupuk", "Camilan"], capacity: [200, 5000, "kg"], leadDays: [2, 7], materials: "Singkong, talas, ikan, tepung tapioka, bumbu", food: true,
    buyers: ["RETAILER", "ONLINE_MARKETPLACE", "DISTRIBUTOR"], products: [p("Keripik Singkong", "Cassava Chips", "20089990", "pak", 10_000, 25_000), p("Kerupuk Ikan", "Fish Crackers", "19059080", "kg", 40_000, 80_000), p("Keripik Tempe", "Tempeh Chips", "21069099", "pak", 12_000, 25_000)] },
  { kbli: "10219", weight: 3, words: ["Bandeng", "Olahan Ikan"], capacity: [300, 10_000, "kg"], leadDays: [1, 7], materials: "Bandeng segar, garam, bawang putih, kunyit", food: true,
    buyers: ["RETAILER", "DISTRIBUTOR", "EXPORTER"], products: [p("Bandeng Presto", "Soft-bone Milkfish", "16042099", "pcs", 25_000, 50_000), p("Bandeng Asap", "Smoked Milkfish", "03054990", "kg", 60_000, 90_000), p("Otak-Otak Bandeng", "Milkfish Otak-Otak", "16042099", "pcs", 40_000, 60_000)] },
  { kbli: "10750", weight: 3, words: ["Frozen Food", "Lumpia", "Dapur"], capacity: [300, 8000, "kg"], leadDays: [1, 5], materials: "Daging ayam, udang, rebung, tepung, kulit lumpia", food: true,
    buyers: ["HOREKA", "RETAILER", "ONLINE_MARKETPLACE"], products: [p("Lumpia Semarang", "Semarang Spring Roll", "19022090", "pcs", 10_000, 20_000), p("Dimsum Beku", "Frozen Dim Sum", "19022090", "pak", 35_000, 60_000), p("Nugget Ayam", "Chicken Nuggets", "16023299", "pak", 30_000, 50_000)] },
  { kbli: "10761", weight: 2, words: ["Kopi"], capacity: [100, 3000, "kg"], leadDays: [2, 14], materials: "Biji kopi robusta dan arabika Jawa Tengah", food: true,
    buyers: ["HOREKA", "EXPORTER", "RETAILER"], products: [p("Kopi Bubuk Robusta", "Ground Robusta Coffee", "09012120", "pak", 25_000, 60_000), p("Biji Kopi Sangrai", "Roasted Coffee Beans", "09012110", "kg", 150_000, 350_000)] },
  { kbli: "10772", weight: 2, words: ["Sambal", "Bumbu"], capacity: [500, 20_000, "botol"], leadDays: [2, 7], materials: "Cabai, bawang merah, bawang putih, minyak kelapa", food: true,
    buyers: ["ONLINE_MARKETPLACE", "RETAILER", "DISTRIBUTOR"], products: [p("Sambal Botol", "Bottled Sambal", "21039090", "botol", 15_000, 35_000), p("Bumbu Pecel", "Peanut Pecel Sauce", "21039090", "pak", 10_000, 25_000)] },
  { kbli: "11040", weight: 2, words: ["Minuman", "Sirup"], capacity: [500, 15_000, "botol"], leadDays: [2, 7], materials: "Gula, buah, rempah, botol kaca", food: true,
    buyers: ["HOREKA", "RETAILER"], products: [p("Sirup Buah", "Fruit Syrup", "21069099", "botol", 20_000, 45_000), p("Minuman Rempah", "Spiced Drink", "22029990", "botol", 6000, 15_000)] },
  { kbli: "11051", weight: 1, words: ["Tirta", "Air Minum"], capacity: [5000, 200_000, "box"], leadDays: [1, 3], materials: "Air pegunungan, preform PET, karton", food: true,
    buyers: ["HOREKA", "GOVERNMENT_PROCUREMENT", "CORPORATE_PROCUREMENT"], products: [p("Air Mineral Gelas 220 ml", "Cup Mineral Water 220 ml", "22011010", "box", 18_000, 25_000)] },
  { kbli: "10762", weight: 1, words: ["Jamu", "Herbal"], capacity: [500, 15_000, "pak"], leadDays: [3, 10], materials: "Jahe, kunyit, temulawak, kencur, gula aren", food: true,
    buyers: ["RETAILER", "DISTRIBUTOR", "EXPORTER"], products: [p("Jahe Merah Instan", "Instant Red Ginger Drink", "21069099", "pak", 15_000, 35_000)] },
  { kbli: "13134", weight: 7, words: ["Batik"], capacity: [50, 1000, "lembar"], leadDays: [7, 45], materials: "Kain katun primisima, malam, pewarna naptol dan indigosol", food: false,
    buyers: ["RETAILER", "CORPORATE_PROCUREMENT", "GOVERNMENT_PROCUREMENT", "EXPORTER"], products: [p("Batik Tulis", "Hand-drawn Batik", "52085210", "lembar", 350_000, 2_500_000), p("Batik Cap", "Stamped Batik", "52085210", "lembar", 120_000, 350_000), p("Kain Batik", "Batik Fabric", "52085210", "meter", 35_000, 75_000)] },
  { kbli: "13924", weight: 1, words: ["Rajut"], capacity: [100, 1000, "pcs"], leadDays: [7, 21], materials: "Benang katun, benang poliester", food: false,
    buyers: ["RETAILER", "ONLINE_MARKETPLACE", "EXPORTER"], products: [p("Tas Rajut", "Crochet Bag", "42022290", "pcs", 60_000, 250_000)] },
  { kbli: "13929", weight: 2, words: ["Kriya Kain", "Tekstil"], capacity: [100, 3000, "pcs"], leadDays: [5, 21], materials: "Kain katun, perca batik, dakron", food: false,
    buyers: ["RETAILER", "HOREKA"], products: [p("Sarung Bantal Batik", "Batik Cushion Cover", "63049990", "pcs", 35_000, 90_000), p("Taplak Meja", "Tablecloth", "63049990", "pcs", 50_000, 150_000)] },
  { kbli: "14111", weight: 10, words: ["Konveksi", "Garmen", "Busana"], capacity: [300, 15_000, "pcs"], leadDays: [7, 30], materials: "Kain katun, drill, rayon, benang jahit, kancing", food: false,
    buyers: ["CORPORATE_PROCUREMENT", "GOVERNMENT_PROCUREMENT", "ONLINE_MARKETPLACE", "RETAILER"],
    products: [p("Kaos Katun", "Cotton T-shirt", "61091010", "pcs", 35_000, 90_000), p("Kemeja Batik", "Batik Shirt", "62052090", "pcs", 90_000, 300_000), p("Seragam Kerja", "Work Uniform", "62034290", "set", 90_000, 280_000), p("Gamis", "Abaya Dress", "62044300", "pcs", 120_000, 350_000)] },
  { kbli: "14302", weight: 2, words: ["Bordir"], capacity: [200, 4000, "pcs"], leadDays: [5, 14], materials: "Kain voal, benang bordir", food: false,
    buyers: ["ONLINE_MARKETPLACE", "RETAILER", "IMPORTER"], products: [p("Kerudung Bordir", "Embroidered Hijab", "62143090", "pcs", 35_000, 110_000)] },
  { kbli: "14120", weight: 2, words: ["Penjahit", "Tailor"], capacity: [30, 500, "pcs"], leadDays: [7, 30], materials: "Kain wol, katun, brokat, furing", food: false,
    buyers: ["CORPORATE_PROCUREMENT", "RETAILER"], products: [p("Jas dan Kebaya Pesanan", "Made-to-measure Suits and Kebaya", "62043990", "pcs", 250_000, 1_500_000)] },
  { kbli: "15201", weight: 2, words: ["Sepatu"], capacity: [100, 3000, "pasang"], leadDays: [14, 30], materials: "Kulit sapi, sol karet, lem PU", food: false,
    buyers: ["RETAILER", "CORPORATE_PROCUREMENT", "GOVERNMENT_PROCUREMENT"], products: [p("Sepatu Kulit", "Leather Shoes", "64039990", "pasang", 200_000, 600_000), p("Sandal Kulit", "Leather Sandals", "64035990", "pasang", 60_000, 200_000)] },
  { kbli: "15121", weight: 2, words: ["Kulit", "Leather"], capacity: [50, 1500, "pcs"], leadDays: [7, 21], materials: "Kulit sapi samak nabati, benang lilin, kuningan", food: false,
    buyers: ["RETAILER", "EXPORTER", "ONLINE_MARKETPLACE"], products: [p("Dompet Kulit", "Leather Wallet", "42023100", "pcs", 80_000, 300_000), p("Tas Kulit", "Leather Bag", "42022100", "pcs", 250_000, 900_000)] },
  { kbli: "16292", weight: 2, words: ["Anyaman", "Kriya Eceng Gondok"], capacity: [100, 2000, "pcs"], leadDays: [14, 30], materials: "Eceng gondok kering, pandan, rangka kawat", food: false,
    buyers: ["EXPORTER", "RETAILER", "HOREKA"], products: [p("Keranjang Anyaman", "Woven Basket", "46021990", "pcs", 40_000, 250_000)] },
  { kbli: "16293", weight: 2, words: ["Kriya Kayu", "Ukir"], capacity: [50, 3000, "pcs"], leadDays: [7, 30], materials: "Kayu jati, mahoni, pinus", food: false,
    buyers: ["GOVERNMENT_PROCUREMENT", "CORPORATE_PROCUREMENT", "RETAILER"], products: [p("Miniatur Kayu", "Wooden Miniature", "44201900", "pcs", 50_000, 400_000), p("Plakat Kayu", "Wooden Plaque", "44201900", "pcs", 75_000, 300_000)] },
  { kbli: "16291", weight: 1, words: ["Bambu"], capacity: [500, 8000, "pcs"], leadDays: [3, 10], materials: "Bambu apus, bambu wulung", food: false,
    buyers: ["HOREKA", "RETAILER"], products: [p("Besek Bambu", "Bamboo Besek Box", "46021100", "pcs", 1500, 4000)] },
  { kbli: "17022", weight: 1, words: ["Kemasan", "Karton"], capacity: [10_000, 150_000, "pcs"], leadDays: [7, 14], materials: "Kertas duplex, karton gelombang, tinta", food: false,
    buyers: ["CORPORATE_PROCUREMENT", "DISTRIBUTOR"], products: [p("Dus Kemasan Makanan", "Printed Food Box", "48192000", "pcs", 1000, 5000)] },
  { kbli: "18111", weight: 2, words: ["Percetakan", "Offset"], capacity: [5000, 200_000, "lembar"], leadDays: [3, 14], materials: "Kertas HVS, art paper, tinta offset", food: false,
    buyers: ["GOVERNMENT_PROCUREMENT", "CORPORATE_PROCUREMENT"], products: [p("Cetak Buku", "Book Printing", "49019990", "pcs", 10_000, 60_000), p("Brosur", "Brochures", "49111090", "lembar", 300, 2000)] },
  { kbli: "18112", weight: 1, words: ["Digital Printing", "Sablon"], capacity: [5000, 300_000, "pcs"], leadDays: [2, 7], materials: "Stiker vinyl, kertas chromo, tinta UV", food: false,
    buyers: ["CORPORATE_PROCUREMENT", "ONLINE_MARKETPLACE"], products: [p("Label Kemasan", "Packaging Labels", "48211090", "pcs", 100, 800)] },
  { kbli: "20231", weight: 1, words: ["Sabun"], capacity: [500, 15_000, "pcs"], leadDays: [5, 14], materials: "Minyak kelapa, minyak sawit, soda api, minyak atsiri", food: false,
    buyers: ["HOREKA", "RETAILER", "ONLINE_MARKETPLACE"], products: [p("Sabun Mandi Padat", "Bar Soap", "34011140", "pcs", 8000, 35_000)] },
  { kbli: "20294", weight: 1, words: ["Atsiri"], capacity: [50, 800, "kg"], leadDays: [7, 21], materials: "Daun serai wangi, daun cengkih, nilam", food: false,
    buyers: ["EXPORTER", "IMPORTER", "DISTRIBUTOR"], products: [p("Minyak Serai Wangi", "Citronella Oil", "33012990", "kg", 200_000, 350_000)] },
  { kbli: "22220", weight: 2, words: ["Plastik", "Plastindo"], capacity: [1000, 40_000, "kg"], leadDays: [5, 14], materials: "Biji plastik PP, LDPE, HDPE", food: false,
    buyers: ["DISTRIBUTOR", "CORPORATE_PROCUREMENT"], products: [p("Standing Pouch", "Standing Pouch", "39232990", "pcs", 500, 3000), p("Plastik Vakum", "Vacuum Bags", "39232990", "kg", 50_000, 100_000)] },
  { kbli: "23932", weight: 1, words: ["Gerabah", "Keramik"], capacity: [200, 3000, "pcs"], leadDays: [7, 30], materials: "Tanah liat, glasir, kayu bakar", food: false,
    buyers: ["HOREKA", "RETAILER", "EXPORTER"], products: [p("Cobek Tanah Liat", "Clay Mortar", "69120000", "pcs", 10_000, 40_000), p("Pot Gerabah", "Terracotta Pot", "69139090", "pcs", 15_000, 60_000)] },
  { kbli: "23953", weight: 1, words: ["Beton", "Paving"], capacity: [1000, 30_000, "meter persegi"], leadDays: [5, 14], materials: "Semen, pasir, abu batu", food: false,
    buyers: ["GOVERNMENT_PROCUREMENT", "DISTRIBUTOR"], products: [p("Paving Block", "Paving Blocks", "68101100", "meter persegi", 55_000, 90_000)] },
  { kbli: "25111", weight: 3, words: ["Las", "Teknik"], capacity: [20, 400, "unit"], leadDays: [7, 21], materials: "Besi hollow, pipa galvanis, plat baja, cat", food: false,
    buyers: ["CORPORATE_PROCUREMENT", "GOVERNMENT_PROCUREMENT"], products: [p("Pagar Besi", "Steel Fence", "73089099", "meter persegi", 400_000, 1_200_000), p("Kanopi Baja Ringan", "Light-steel Canopy", "73089099", "meter persegi", 250_000, 600_000)] },
  { kbli: "25933", weight: 1, words: ["Pande Besi", "Tempa"], capacity: [100, 1500, "pcs"], leadDays: [5, 14], materials: "Baja per, besi plat, kayu gagang", food: false,
    buyers: ["DISTRIBUTOR", "HOREKA"], products: [p("Pisau Dapur Tempa", "Forged Kitchen Knife", "82119290", "pcs", 30_000, 120_000), p("Cangkul", "Hoe", "82013000", "pcs", 60_000, 120_000)] },
  { kbli: "25920", weight: 2, words: ["Bubut", "Presisi"], capacity: [500, 20_000, "pcs"], leadDays: [14, 45], materials: "Baja karbon, baja nirkarat, aluminium", food: false,
    buyers: ["CORPORATE_PROCUREMENT"], products: [p("Suku Cadang Bubut", "Turned Machine Parts", "84879000", "pcs", 20_000, 2_000_000)] },
  { kbli: "25992", weight: 1, words: ["Logam", "Aluminium"], capacity: [200, 5000, "pcs"], leadDays: [7, 21], materials: "Aluminium lembaran, baja nirkarat", food: false,
    buyers: ["RETAILER", "HOREKA", "DISTRIBUTOR"], products: [p("Panci Aluminium", "Aluminium Pot", "76151090", "pcs", 50_000, 300_000)] },
  { kbli: "29300", weight: 1, words: ["Bodi Mobil", "Pintu Mobil"], capacity: [10, 150, "set"], leadDays: [7, 21], materials: "Plat eyser, kawat las, dempul, cat otomotif", food: false,
    buyers: ["CORPORATE_PROCUREMENT", "DISTRIBUTOR"], products: [p("Pintu Mobil", "Vehicle Door", "87082999", "set", 2_000_000, 6_000_000)] },
  { kbli: "31001", weight: 7, words: ["Mebel", "Furniture", "Jati"], capacity: [10, 400, "pcs"], leadDays: [14, 60], materials: "Kayu jati bersertifikat, mahoni, finishing melamin", food: false,
    buyers: ["EXPORTER", "HOREKA", "IMPORTER", "RETAILER"], products: [p("Meja Makan Jati", "Teak Dining Table", "94036090", "set", 2_500_000, 18_000_000), p("Kursi Kayu", "Wooden Chair", "94016990", "pcs", 350_000, 2_500_000), p("Lemari Pakaian", "Wardrobe", "94035000", "pcs", 1_500_000, 8_000_000)] },
  { kbli: "31002", weight: 2, words: ["Rotan"], capacity: [20, 300, "pcs"], leadDays: [14, 45], materials: "Rotan alami dan sintetis, rangka besi", food: false,
    buyers: ["HOREKA", "EXPORTER", "RETAILER"], products: [p("Kursi Rotan", "Rattan Chair", "94015300", "pcs", 400_000, 2_000_000)] },
  { kbli: "32903", weight: 3, words: ["Kriya", "Suvenir"], capacity: [200, 5000, "pcs"], leadDays: [5, 21], materials: "Resin, kayu, kain batik, kertas daur ulang", food: false,
    buyers: ["RETAILER", "GOVERNMENT_PROCUREMENT", "HOREKA"], products: [p("Suvenir Resin", "Resin Souvenir", "39264000", "pcs", 15_000, 150_000), p("Gantungan Kunci", "Keyring", "44201900", "pcs", 5000, 15_000)] },
  { kbli: "32120", weight: 1, words: ["Aksesori"], capacity: [300, 3000, "pcs"], leadDays: [5, 14], materials: "Kuningan, tembaga, batu alam", food: false,
    buyers: ["RETAILER", "ONLINE_MARKETPLACE"], products: [p("Bros dan Kalung", "Brooches and Necklaces", "71171990", "pcs", 25_000, 150_000)] },
  { kbli: "32402", weight: 1, words: ["Mainan"], capacity: [200, 3000, "pcs"], leadDays: [7, 21], materials: "Kayu pinus, cat berbasis air", food: false,
    buyers: ["RETAILER", "GOVERNMENT_PROCUREMENT"], products: [p("Puzzle Kayu", "Wooden Puzzle", "95030099", "pcs", 30_000, 120_000)] },
  { kbli: "33122", weight: 1, words: ["Servis Mesin"], capacity: [10, 120, "unit"], leadDays: [1, 5], materials: "Suku cadang mesin industri, oli", food: false,
    buyers: ["CORPORATE_PROCUREMENT"], products: [p("Servis Mesin Industri", "Industrial Machine Servicing", null, "unit", 100_000, 500_000)] },
];
