// The four downloads: enterprises (with the SIINas small-industry fields), products, event
// participants, and meetings with their outcomes. Headers and value labels are Indonesian, as the
// files go to the Dinas's own reporting (SIINas) whatever language the staff member reads.
import "server-only";
import { db } from "@/lib/db";
import { catalogs } from "@/lib/i18n/messages";
import { energyUnitSymbols } from "@/lib/enterprises/energy-schemas";
import { afterIdWhere, byIdBatches } from "./batches";
import { type Column, type Dataset, rupiah } from "./columns";
import { enterpriseWhere, meetingWhere, participantWhere, productWhere } from "./scope";

const labels = catalogs.id;
const label = <K extends string>(names: Record<K, string>, key: K | null): string | null => (key === null ? null : names[key]);
const yesNo = (value: boolean) => (value ? "Ya" : "Tidak");

async function enterpriseRows(filters: Parameters<typeof enterpriseWhere>[0], afterId: string | null, take: number) {
  return db.enterprise.findMany({
    where: { AND: [enterpriseWhere(filters), afterIdWhere(afterId)] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true, legalName: true, brandName: true, legalForm: true, nib: true, status: true, scale: true, yearFounded: true,
      workforce: true, capitalRupiah: true, annualSalesRupiah: true, installedCapacity: true, monthlyCapacity: true,
      capacityUnit: true, rawMaterials: true, electricityKwhPerMonth: true, fuelPerMonth: true, fuelUnit: true, gasPerMonth: true,
      gasUnit: true, exportReadinessTier: true, exportReadinessScore: true, exportCountries: true,
      address: true, phone: true, whatsapp: true, email: true, createdAt: true, verifiedAt: true,
      kecamatan: { select: { name: true } },
      kelurahan: { select: { name: true } },
      sentra: { select: { name: true } },
      primaryKbli: { select: { code: true, nameId: true } },
    },
  });
}
type EnterpriseRow = Awaited<ReturnType<typeof enterpriseRows>>[number];

const enterpriseColumns: readonly Column<EnterpriseRow>[] = [
  { header: "Nama usaha", kind: "text", width: 36, value: (row) => row.legalName },
  { header: "Nama merek", kind: "text", width: 28, value: (row) => row.brandName },
  { header: "Bentuk usaha", kind: "text", value: (row) => labels.Enums.legalForm[row.legalForm] },
  { header: "NIB", kind: "text", width: 16, value: (row) => row.nib },
  { header: "Status kurasi", kind: "text", value: (row) => labels.Enums.curationStatus[row.status] },
  { header: "Skala usaha", kind: "text", value: (row) => label(labels.EnterpriseProfile.scaleName, row.scale) },
  { header: "KBLI utama", kind: "text", width: 10, value: (row) => row.primaryKbli?.code ?? null },
  { header: "Uraian KBLI utama", kind: "text", width: 36, value: (row) => row.primaryKbli?.nameId ?? null },
  { header: "Golongan pokok KBLI", kind: "text", width: 10, value: (row) => row.primaryKbli?.code.slice(0, 2) ?? null },
  { header: "Kecamatan", kind: "text", width: 18, value: (row) => row.kecamatan.name },
  { header: "Kelurahan", kind: "text", width: 18, value: (row) => row.kelurahan?.name ?? null },
  { header: "Alamat", kind: "text", width: 40, value: (row) => row.address },
  { header: "Sentra industri", kind: "text", width: 24, value: (row) => row.sentra?.name ?? null },
  { header: "Tahun berdiri", kind: "integer", value: (row) => row.yearFounded },
  { header: "Tenaga kerja (orang)", kind: "integer", total: true, value: (row) => row.workforce },
  { header: "Nilai investasi / modal usaha (Rp)", kind: "rupiah", width: 20, total: true, value: (row) => rupiah(row.capitalRupiah) },
  { header: "Penjualan per tahun (Rp)", kind: "rupiah", width: 20, total: true, value: (row) => rupiah(row.annualSalesRupiah) },
  { header: "Kapasitas produksi terpasang per bulan", kind: "integer", value: (row) => row.installedCapacity },
  { header: "Realisasi produksi rata-rata per bulan", kind: "integer", value: (row) => row.monthlyCapacity },
  { header: "Satuan produksi", kind: "text", value: (row) => row.capacityUnit },
  { header: "Bahan baku utama", kind: "text", width: 36, value: (row) => row.rawMaterials },
  // Energy use per month as the SME records it in the profile's capacity step (empty where not given).
  { header: "Listrik per bulan (kWh)", kind: "integer", total: true, value: (row) => row.electricityKwhPerMonth },
  { header: "Bahan bakar per bulan", kind: "integer", value: (row) => row.fuelPerMonth },
  { header: "Satuan bahan bakar", kind: "text", value: (row) => (row.fuelUnit ? energyUnitSymbols[row.fuelUnit] : null) },
  { header: "Gas per bulan", kind: "integer", value: (row) => row.gasPerMonth },
  { header: "Satuan gas", kind: "text", value: (row) => (row.gasUnit ? energyUnitSymbols[row.gasUnit] : null) },
  { header: "Tingkat kesiapan ekspor", kind: "text", width: 28, value: (row) => label(labels.Enums.exportReadinessTier, row.exportReadinessTier) },
  { header: "Skor kesiapan ekspor", kind: "integer", value: (row) => row.exportReadinessScore },
  { header: "Negara tujuan ekspor", kind: "text", value: (row) => row.exportCountries.join(", ") || null },
  { header: "Telepon", kind: "text", width: 16, value: (row) => row.phone },
  { header: "WhatsApp", kind: "text", width: 16, value: (row) => row.whatsapp },
  { header: "Email", kind: "text", width: 28, value: (row) => row.email },
  { header: "Terdaftar di portal", kind: "date", value: (row) => row.createdAt },
  { header: "Diverifikasi", kind: "date", value: (row) => row.verifiedAt },
];

async function productRows(filters: Parameters<typeof productWhere>[0], afterId: string | null, take: number) {
  return db.product.findMany({
    where: { AND: [productWhere(filters), afterIdWhere(afterId)] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true, nameId: true, nameEn: true, hsCode: true, priceMinRupiah: true, priceMaxRupiah: true, unit: true, minOrder: true,
      monthlyCapacity: true, leadTimeDays: true, exportReady: true, status: true, publishedAt: true, createdAt: true,
      kbli: { select: { code: true } },
      enterprise: { select: { legalName: true, nib: true } },
    },
  });
}
type ProductRow = Awaited<ReturnType<typeof productRows>>[number];

const productColumns: readonly Column<ProductRow>[] = [
  { header: "Nama produk", kind: "text", width: 36, value: (row) => row.nameId },
  { header: "Nama produk (Inggris)", kind: "text", width: 30, value: (row) => row.nameEn },
  { header: "IKM", kind: "text", width: 32, value: (row) => row.enterprise.legalName },
  { header: "NIB IKM", kind: "text", width: 16, value: (row) => row.enterprise.nib },
  { header: "KBLI", kind: "text", value: (row) => row.kbli?.code ?? null },
  { header: "Kode HS", kind: "text", value: (row) => row.hsCode },
  { header: "Harga terendah (Rp)", kind: "rupiah", width: 16, value: (row) => rupiah(row.priceMinRupiah) },
  { header: "Harga tertinggi (Rp)", kind: "rupiah", width: 16, value: (row) => rupiah(row.priceMaxRupiah) },
  { header: "Satuan", kind: "text", value: (row) => row.unit },
  { header: "Pesanan minimum", kind: "integer", value: (row) => row.minOrder },
  { header: "Kapasitas per bulan", kind: "integer", total: true, value: (row) => row.monthlyCapacity },
  { header: "Waktu produksi (hari)", kind: "integer", value: (row) => row.leadTimeDays },
  { header: "Siap ekspor", kind: "text", value: (row) => yesNo(row.exportReady) },
  { header: "Status kurasi", kind: "text", value: (row) => labels.Enums.curationStatus[row.status] },
  { header: "Terbit", kind: "date", value: (row) => row.publishedAt },
  { header: "Terdaftar di portal", kind: "date", value: (row) => row.createdAt },
];

async function participantRows(filters: Parameters<typeof participantWhere>[0], afterId: string | null, take: number) {
  return db.eventParticipant.findMany({
    where: { AND: [participantWhere(filters), afterIdWhere(afterId)] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true, kind: true, status: true, checkedInAt: true, createdAt: true,
      event: { select: { title: true, quarter: true } },
      enterprise: { select: { legalName: true, nib: true, kecamatan: { select: { name: true } } } },
      buyer: { select: { name: true, city: true } },
      partnerOrganization: { select: { name: true } },
    },
  });
}
type ParticipantRow = Awaited<ReturnType<typeof participantRows>>[number];

const participantColumns: readonly Column<ParticipantRow>[] = [
  { header: "Acara", kind: "text", width: 36, value: (row) => row.event.title },
  { header: "Triwulan", kind: "text", value: (row) => row.event.quarter },
  { header: "Jenis peserta", kind: "text", value: (row) => labels.Reports.participantKind[row.kind] },
  { header: "Nama", kind: "text", width: 36, value: (row) => row.enterprise?.legalName ?? row.buyer?.name ?? row.partnerOrganization?.name ?? null },
  { header: "NIB", kind: "text", width: 16, value: (row) => row.enterprise?.nib ?? null },
  { header: "Kecamatan / kota", kind: "text", width: 18, value: (row) => row.enterprise?.kecamatan.name ?? row.buyer?.city ?? null },
  { header: "Status pendaftaran", kind: "text", width: 24, value: (row) => labels.Enums.participantStatus[row.status] },
  { header: "Hadir", kind: "text", value: (row) => yesNo(row.checkedInAt !== null) },
  { header: "Mendaftar", kind: "date", value: (row) => row.createdAt },
];

async function meetingRows(filters: Parameters<typeof meetingWhere>[0], afterId: string | null, take: number) {
  return db.meeting.findMany({
    where: { AND: [meetingWhere(filters), afterIdWhere(afterId)] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true, status: true, startsAt: true, tableNumber: true, outcome: true, dealValueRupiah: true, outcomeAt: true,
      smeOutcome: true, smeValueRupiah: true, buyerOutcome: true, buyerValueRupiah: true,
      event: { select: { title: true, quarter: true } },
      smeParticipant: { select: { enterprise: { select: { legalName: true } } } },
      buyerParticipant: { select: { buyer: { select: { name: true } } } },
    },
  });
}
type MeetingRow = Awaited<ReturnType<typeof meetingRows>>[number];

const meetingColumns: readonly Column<MeetingRow>[] = [
  { header: "Acara", kind: "text", width: 36, value: (row) => row.event.title },
  { header: "Triwulan", kind: "text", value: (row) => row.event.quarter },
  { header: "IKM", kind: "text", width: 32, value: (row) => row.smeParticipant.enterprise?.legalName ?? null },
  { header: "Pembeli", kind: "text", width: 32, value: (row) => row.buyerParticipant.buyer?.name ?? null },
  { header: "Status pertemuan", kind: "text", width: 24, value: (row) => labels.Matching.meetingStatus[row.status] },
  { header: "Tanggal pertemuan", kind: "date", value: (row) => row.startsAt },
  { header: "Meja", kind: "integer", value: (row) => row.tableNumber },
  { header: "Hasil", kind: "text", width: 22, value: (row) => label(labels.Outcomes.outcome, row.outcome) },
  { header: "Nilai transaksi (Rp)", kind: "rupiah", width: 18, total: true, value: (row) => rupiah(row.dealValueRupiah) },
  { header: "Hasil dicatat", kind: "date", value: (row) => row.outcomeAt },
  { header: "Hasil menurut IKM", kind: "text", width: 22, value: (row) => label(labels.Outcomes.outcome, row.smeOutcome) },
  { header: "Nilai menurut IKM (Rp)", kind: "rupiah", width: 18, value: (row) => rupiah(row.smeValueRupiah) },
  { header: "Hasil menurut pembeli", kind: "text", width: 22, value: (row) => label(labels.Outcomes.outcome, row.buyerOutcome) },
  { header: "Nilai menurut pembeli (Rp)", kind: "rupiah", width: 18, value: (row) => rupiah(row.buyerValueRupiah) },
];

export const enterpriseDataset: Dataset<EnterpriseRow> = {
  slug: "ikm",
  title: "IKM",
  columns: enterpriseColumns,
  batches: (filters, size) => byIdBatches((afterId, take) => enterpriseRows(filters, afterId, take), size),
};

export const productDataset: Dataset<ProductRow> = {
  slug: "produk",
  title: "Produk",
  columns: productColumns,
  batches: (filters, size) => byIdBatches((afterId, take) => productRows(filters, afterId, take), size),
};

export const participantDataset: Dataset<ParticipantRow> = {
  slug: "peserta",
  title: "Peserta acara",
  columns: participantColumns,
  batches: (filters, size) => byIdBatches((afterId, take) => participantRows(filters, afterId, take), size),
};

export const meetingDataset: Dataset<MeetingRow> = {
  slug: "pertemuan",
  title: "Pertemuan dan hasil",
  columns: meetingColumns,
  batches: (filters, size) => byIdBatches((afterId, take) => meetingRows(filters, afterId, take), size),
};

export const datasets: readonly Dataset<unknown>[] = [enterpriseDataset, productDataset, participantDataset, meetingDataset];

export function findDataset(slug: string): Dataset<unknown> | undefined {
  return datasets.find((dataset) => dataset.slug === slug);
}
