// Issue 8's dashboard and downloads on a small fixture whose figures are counted by hand: drafts
// and published rows, three KBLI divisions' worth of SMEs, two events with their matches,
// meetings and deals, and dates on the Jakarta quarter boundary. The downloads hold exactly
// the rows the figures count, XLSX files read back with exceljs, and only staff get them.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as download } from "@/app/(staff)/staf/dasbor/unduh/[dataset]/route";
import { db } from "@/lib/db";
import { csvChunks } from "@/lib/reports/export";
import { enterpriseDataset, meetingDataset, participantDataset, productDataset } from "@/lib/reports/datasets";
import { noFilters, type ReportFilters } from "@/lib/reports/filters";
import { getDashboardFigures } from "@/lib/reports/queries";
import { quarterKey, quarterOf } from "@/lib/reports/quarter";
import { writeXlsx } from "@/lib/reports/xlsx";
import { resetData } from "./reset";
import { createUser, redirectTarget, signInAs } from "./support/actions";
import { seedStaff } from "./support/sourcing";


const juta = 1_000_000n;
let events: { q3: string; q4: string };

async function seedFixture() {
  const kbli = async (code: string) => (await db.kbli.findFirstOrThrow({ where: { version: "2020", code }, select: { id: true } })).id;
  const [batik, food] = [await kbli("13134"), (await db.kbli.findFirstOrThrow({ where: { version: "2020", level: "SUBCLASS", code: { startsWith: "102" } }, select: { id: true } })).id];
  // A: 1 April 2026 00:30 WIB (still 31 March in UTC): the second quarter in Jakarta.
  const a = await db.enterprise.create({
    data: {
      slug: "batik-a", legalName: "=CV Batik A", legalForm: "CV", kecamatanCode: "33.74.04", primaryKbliId: batik, status: "PUBLISHED",
      scale: "MIKRO", workforce: 5, capitalRupiah: 100n * juta, annualSalesRupiah: 300n * juta, installedCapacity: 400, monthlyCapacity: 300,
      capacityUnit: "lembar", rawMaterials: "Kain mori, malam", exportReadinessTier: "SIAP_EKSPOR", createdAt: new Date("2026-03-31T17:30:00Z"),
      electricityKwhPerMonth: 1200, fuelPerMonth: 40, fuelUnit: "KILOGRAM", gasPerMonth: 36, gasUnit: "KILOGRAM",
      products: {
        create: [
          { slug: "batik-a-1", nameId: "Kain batik tulis", descriptionId: "Batik", unit: "lembar", status: "PUBLISHED", publishedAt: new Date("2026-05-01T00:00:00Z"), createdAt: new Date("2026-04-02T00:00:00Z") },
          { slug: "batik-a-2", nameId: "Selendang batik", descriptionId: "Batik", unit: "lembar", status: "DRAFT", createdAt: new Date("2026-10-02T00:00:00Z") },
        ],
      },
    },
  });
  const b = await db.enterprise.create({
    data: {
      slug: "bandeng-b", legalName: "UD Bandeng B", legalForm: "UD", kecamatanCode: "33.74.01", primaryKbliId: food, status: "DRAFT",
      scale: "KECIL", workforce: 12, capitalRupiah: 2000n * juta, createdAt: new Date("2026-08-10T03:00:00Z"),
      electricityKwhPerMonth: 900, fuelPerMonth: 150, fuelUnit: "LITER", gasPerMonth: 25, gasUnit: "CUBIC_METRE",
      products: { create: { slug: "bandeng-b-1", nameId: "Bandeng presto", descriptionId: "Bandeng", unit: "kotak", status: "DRAFT", createdAt: new Date("2026-08-11T00:00:00Z") } },
    },
  });
  const c = await db.enterprise.create({
    data: { slug: "ikm-c", legalName: "Ikm C", legalForm: "PERORANGAN", kecamatanCode: "33.74.01", status: "SUBMITTED", createdAt: new Date("2026-11-01T03:00:00Z") },
  });
  const [buyer1, buyer2] = [
    await db.buyerOrganization.create({ data: { slug: "pembeli-1", name: "PT Pembeli Satu", kind: "RETAILER", city: "Semarang" } }),
    await db.buyerOrganization.create({ data: { slug: "pembeli-2", name: "PT Pembeli Dua", kind: "EXPORTER", city: "Jakarta" } }),
  ];
  await db.sourcingRequest.createMany({
    data: [
      { buyerId: buyer1.id, title: "Batik seragam", description: "Batik", quantityPerMonth: 100, unit: "lembar", status: "OPEN" },
      { buyerId: buyer2.id, title: "Bandeng", description: "Bandeng", quantityPerMonth: 50, unit: "kotak", status: "CLOSED" },
    ],
  });
  const event = (slug: string, quarter: string, startsAt: string) =>
    db.event.create({
      data: { slug, title: `Temu Usaha ${quarter}`, kind: "BUSINESS_MATCHING", quarter, description: "Temu", venue: "Balai Kota", startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 6 * 3_600_000), status: "PUBLISHED" },
    });
  const q3 = await event("temu-q3", "2026-Q3", "2026-09-15T02:00:00Z");
  const q4 = await event("temu-q4", "2026-Q4", "2026-12-10T02:00:00Z");
  events = { q3: q3.id, q4: q4.id };
  const join = (eventId: string, party: { enterpriseId: string } | { buyerId: string }, status: "APPROVED" | "APPLIED" = "APPROVED") =>
    db.eventParticipant.create({ data: { eventId, kind: "enterpriseId" in party ? "SME" : "BUYER", ...party, status } });
  const q3a = await join(q3.id, { enterpriseId: a.id });
  const q3b1 = await join(q3.id, { buyerId: buyer1.id });
  const q4a = await join(q4.id, { enterpriseId: a.id });
  const q4b = await join(q4.id, { enterpriseId: b.id }, "APPLIED");
  const q4b1 = await join(q4.id, { buyerId: buyer1.id });
  const q4b2 = await join(q4.id, { buyerId: buyer2.id });
  const match = (eventId: string | null, enterpriseId: string, buyerId: string, status: "SUGGESTED" | "APPROVED" | "VETOED") =>
    db.match.create({ data: { eventId, enterpriseId, buyerId, status, score: 70, components: [] } });
  await match(q3.id, a.id, buyer1.id, "APPROVED");
  await match(q4.id, a.id, buyer2.id, "SUGGESTED");
  await match(q4.id, b.id, buyer1.id, "VETOED");
  await match(null, c.id, buyer2.id, "SUGGESTED");
  const meeting = (eventId: string, sme: string, buyer: string, startsAt: string, table: number, result: { status: "HELD" | "SCHEDULED"; outcome?: "DEAL" | "PURCHASE_ORDER" | "FOLLOW_UP"; value?: bigint; outcomeAt?: string }) =>
    db.meeting.create({
      data: {
        eventId, smeParticipantId: sme, buyerParticipantId: buyer, status: result.status, startsAt: new Date(startsAt),
        endsAt: new Date(new Date(startsAt).getTime() + 20 * 60_000), tableNumber: table, outcome: result.outcome ?? null,
        dealValueRupiah: result.value ?? null, outcomeAt: result.outcomeAt ? new Date(result.outcomeAt) : null,
      },
    });
  await meeting(q3.id, q3a.id, q3b1.id, "2026-09-15T03:00:00Z", 1, { status: "HELD", outcome: "DEAL", value: 50n * juta, outcomeAt: "2026-09-20T05:00:00Z" });
  await meeting(q4.id, q4a.id, q4b2.id, "2026-12-10T03:00:00Z", 1, { status: "HELD", outcome: "PURCHASE_ORDER", value: 20n * juta, outcomeAt: "2026-12-11T05:00:00Z" });
  await meeting(q4.id, q4a.id, q4b1.id, "2026-12-10T03:20:00Z", 1, { status: "HELD", outcome: "FOLLOW_UP", outcomeAt: "2026-12-11T06:00:00Z" });
  await meeting(q4.id, q4b.id, q4b1.id, "2026-12-10T03:40:00Z", 2, { status: "SCHEDULED" });
}

beforeAll(async () => {
  await resetData();
  await seedFixture();
});

const count = <K extends string>(rows: { key: K | null; count: number }[], key: K | null) => rows.find((row) => row.key === key)?.count;
const filtered = (filters: Partial<ReportFilters>): ReportFilters => ({ ...noFilters, ...filters });

describe("dashboard figures", () => {
  it("count every row without filters, drafts apart from published", async () => {
    const figures = await getDashboardFigures(noFilters);
    expect(figures.enterprises).toMatchObject({ total: 3, workforce: 17, capitalRupiah: 2100n * juta, annualSalesRupiah: 300n * juta });
    expect(count(figures.enterprises.byStatus, "PUBLISHED")).toBe(1);
    expect(count(figures.enterprises.byStatus, "DRAFT")).toBe(1);
    expect(count(figures.enterprises.byStatus, "SUBMITTED")).toBe(1);
    expect(count(figures.enterprises.byStatus, "REJECTED")).toBe(0);
    expect(figures.enterprises.byScale).toEqual(expect.arrayContaining([{ key: "MIKRO", label: null, count: 1 }, { key: null, label: null, count: 1 }]));
    expect(count(figures.enterprises.byTier, "SIAP_EKSPOR")).toBe(1);
    expect(count(figures.enterprises.byTier, null)).toBe(2);
    expect(figures.enterprises.byDivision.find((row) => row.key === "13")).toMatchObject({ count: 1, label: expect.stringMatching(/Tekstil/i) });
    expect(count(figures.enterprises.byDivision, "10")).toBe(1);
    expect(count(figures.enterprises.byDivision, null)).toBe(1);
    expect(figures.enterprises.byKecamatan.find((row) => row.key === "33.74.01")?.count).toBe(2);
    expect(figures.products.published).toBe(1);
    expect(count(figures.products.byStatus, "DRAFT")).toBe(2);
    expect(figures.buyers).toBe(2);
    expect(figures.sourcingRequests).toMatchObject({ total: 2 });
    expect(count(figures.sourcingRequests.byStatus, "OPEN")).toBe(1);
    expect(figures.participants.total).toBe(6);
    expect(figures.matches.total).toBe(4);
    expect(count(figures.matches.byStatus, "VETOED")).toBe(1);
    expect(figures.meetings.total).toBe(4);
    expect(count(figures.meetings.byStatus, "HELD")).toBe(3);
    expect(count(figures.meetings.byOutcome, "FOLLOW_UP")).toBe(1);
    expect(figures.deals).toEqual({ count: 2, valueRupiah: 70n * juta });
  });

  it("bucket the trends by Jakarta quarter, with no quarter missing", async () => {
    const { trends } = await getDashboardFigures(noFilters);
    expect(trends).toEqual([
      { quarter: "2026-Q2", enterprises: 1, meetingsHeld: 0, deals: 0, dealValueRupiah: 0n },
      { quarter: "2026-Q3", enterprises: 1, meetingsHeld: 1, deals: 1, dealValueRupiah: 50n * juta },
      { quarter: "2026-Q4", enterprises: 1, meetingsHeld: 2, deals: 1, dealValueRupiah: 20n * juta },
    ]);
    // The SQL buckets as lib/reports/quarter.ts defines a quarter.
    const registered = await db.enterprise.findMany({ select: { createdAt: true } });
    for (const row of trends) {
      expect(registered.filter(({ createdAt }) => quarterKey(quarterOf(createdAt)) === row.quarter)).toHaveLength(row.enterprises);
    }
  });

  it("narrow participants, matches, meetings and deals to one event, and leave SMEs alone", async () => {
    const figures = await getDashboardFigures(filtered({ eventId: events.q4 }));
    expect(figures.enterprises.total).toBe(3);
    expect(figures.participants.total).toBe(4);
    expect(count(figures.participants.byKind.find((row) => row.kind === "SME")!.byStatus, "APPLIED")).toBe(1);
    expect(figures.matches.total).toBe(2);
    expect(figures.meetings.total).toBe(3);
    expect(figures.deals).toEqual({ count: 1, valueRupiah: 20n * juta });
    expect(figures.trends.map((row) => [row.quarter, row.meetingsHeld])).toEqual([["2026-Q2", 0], ["2026-Q3", 0], ["2026-Q4", 2]]);
  });

  it("narrow by period in whole Jakarta days", async () => {
    const q2q3 = await getDashboardFigures(filtered({ from: "2026-04-01", to: "2026-09-30" }));
    expect(q2q3.enterprises.total).toBe(2);
    expect(q2q3.products.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(2);
    expect(q2q3.participants.total).toBe(2);
    expect(q2q3.meetings.total).toBe(1);
    expect(q2q3.deals).toEqual({ count: 1, valueRupiah: 50n * juta });
    // A registered at 00:30 WIB on 1 April: not in a period that ends on 31 March.
    const march = await getDashboardFigures(filtered({ to: "2026-03-31" }));
    expect(march.enterprises.total).toBe(0);
    expect(march.trends).toEqual([]);
    // The deal of 11 December counts in December, though its meeting is the 10th.
    const december11 = await getDashboardFigures(filtered({ from: "2026-12-11", to: "2026-12-11" }));
    expect(december11.deals).toEqual({ count: 1, valueRupiah: 20n * juta });
    expect(december11.meetings.total).toBe(0);
  });
});

/** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

async function csvText(dataset: Parameters<typeof csvChunks>[0], filters: ReportFilters, batchSize = 2): Promise<string> {
  let text = "";
  for await (const chunk of csvChunks(dataset, filters, batchSize)) text += chunk;
  return text;
}

async function xlsxWorkbook(dataset: Parameters<typeof writeXlsx>[0], filters: ReportFilters): Promise<ExcelJS.Workbook> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => output.on("end", resolve));
  await writeXlsx(dataset, filters, output, [["Data", dataset.title]], 2);
  await done;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

describe("downloads", () => {
  it("hold the rows the figures count, across batches, with the formula guard in CSV", async () => {
    const text = await csvText(enterpriseDataset, noFilters);
    expect(text.startsWith("\uFEFFNama usaha,")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    const names = rows.map((row) => row[header!.indexOf("Nama usaha")]).sort();
    expect(names).toEqual(["'=CV Batik A", "Ikm C", "UD Bandeng B"]);
    // The SIINas energy columns hold what each SME recorded, with the units; empty where nothing was.
    const energyColumns = ["Listrik per bulan (kWh)", "Bahan bakar per bulan", "Satuan bahan bakar", "Gas per bulan", "Satuan gas"];
    const energyOf = (name: string) => {
      const row = rows.find((candidate) => candidate[0] === name)!;
      return energyColumns.map((column) => {
        expect(header).toContain(column);
        return row[header!.indexOf(column)];
      });
    };
    expect(energyOf("'=CV Batik A")).toEqual(["1200", "40", "kg", "36", "kg"]);
    expect(energyOf("UD Bandeng B")).toEqual(["900", "150", "liter", "25", "m³"]);
    expect(energyOf("Ikm C")).toEqual(["", "", "", "", ""]);
    const a = rows.find((row) => row[0] === "'=CV Batik A")!;
    expect(a[header!.indexOf("Nilai investasi / modal usaha (Rp)")]).toBe("100000000");
    expect(a[header!.indexOf("Terdaftar di portal")]).toBe("2026-04-01");
    expect(a[header!.indexOf("Golongan pokok KBLI")]).toBe("13");

    for (const [dataset, filters, expected] of [
      [productDataset, filtered({ from: "2026-04-01", to: "2026-09-30" }), 2],
      [participantDataset, filtered({ eventId: events.q4 }), 4],
      [meetingDataset, filtered({ eventId: events.q4 }), 3],
      [meetingDataset, noFilters, 4],
    ] as const) {
      expect(parseCsv((await csvText(dataset, filters)).slice(1)).length - 1, dataset.slug).toBe(expected);
    }
  });

  it("write XLSX that exceljs reads back: rows, numbers and the summary's totals", async () => {
    const workbook = await xlsxWorkbook(enterpriseDataset, noFilters);
    const sheet = workbook.getWorksheet("IKM")!;
    expect(sheet.rowCount).toBe(4);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const workforce = headers.indexOf("Tenaga kerja (orang)") + 1;
    let sum = 0;
    sheet.eachRow((row, number) => {
      if (number > 1) sum += Number(row.getCell(workforce).value ?? 0);
    });
    const database = await db.enterprise.aggregate({ _sum: { workforce: true }, _count: { _all: true } });
    expect(sum).toBe(database._sum.workforce);
    expect(sheet.rowCount - 1).toBe(database._count._all);
    // Text stays text: the "=" name is not turned into a formula.
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toContain("=CV Batik A");
    const summary = workbook.getWorksheet("Ringkasan")!;
    const lines = new Map<string, unknown>();
    summary.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(lines.get("Jumlah baris")).toBe(3);
    expect(lines.get("Total Tenaga kerja (orang)")).toBe(17);
    expect(lines.get("Total Nilai investasi / modal usaha (Rp)")).toBe(2_100_000_000);
    expect(lines.get("Total Listrik per bulan (kWh)")).toBe(2100);

    const meetings = await xlsxWorkbook(meetingDataset, filtered({ eventId: events.q3 }));
    const meetingSheet = meetings.getWorksheet("Pertemuan dan hasil")!;
    expect(meetingSheet.rowCount).toBe(2);
    const meetingHeaders = (meetingSheet.getRow(1).values as unknown[]).slice(1);
    expect(meetingSheet.getRow(2).getCell(meetingHeaders.indexOf("Hasil") + 1).value).toBe("Kesepakatan");
    expect(meetingSheet.getRow(2).getCell(meetingHeaders.indexOf("Nilai transaksi (Rp)") + 1).value).toBe(50_000_000);
  });
});

describe("the download route", () => {
  const request = (path: string) => new Request(`http://localhost${path}`);
  const call = (dataset: string, query: string) => download(request(`/staf/dasbor/unduh/${dataset}?${query}`), { params: Promise.resolve({ dataset }) });

  it("gives staff the file with the dashboard's filters, and keeps who downloaded what", async () => {
    const staff = await seedStaff("pengunduh");
    signInAs(staff.session);
    const response = await call("pertemuan", `format=csv&event=${events.q4}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="temu-usaha-pertemuan-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = new TextDecoder().decode(await response.arrayBuffer());
    expect(parseCsv(body.slice(1))).toHaveLength(4);

    const xlsx = await call("ikm", "format=xlsx&from=2026-04-01");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.getWorksheet("IKM")!.rowCount - 1).toBe(3);
    expect(workbook.getWorksheet("Ringkasan")!.getRow(4).values).toEqual([undefined, "Periode", "sejak 1 April 2026"]);
    const audits = await db.auditLog.findMany({ where: { action: "report.export", actorId: staff.user.id }, orderBy: { id: "asc" }, select: { entityId: true, data: true } });
    expect(audits).toEqual([
      { entityId: "pertemuan", data: { format: "csv", eventId: events.q4, from: null, to: null } },
      { entityId: "ikm", data: { format: "xlsx", eventId: null, from: "2026-04-01", to: null } },
    ]);
  });

  it("answers 404 for an unknown dataset or format", async () => {
    signInAs(await createUser("ADMIN"));
    expect((await call("pengguna", "format=csv")).status).toBe(404);
    expect((await call("ikm", "format=pdf")).status).toBe(404);
  });

  it("refuses SMEs, buyers and anonymous visitors", async () => {
    for (const [role, destination] of [["SME", "/ikm"], ["BUYER", "/pembeli"], ["PARTNER", "/mitra"], [null, "/masuk"]] as const) {
      signInAs(role === null ? null : await createUser(role));
      const attempt = call("ikm", "format=xlsx");
      await expect(attempt).rejects.toThrow("NEXT_REDIRECT");
      expect(await attempt.then(() => "", redirectTarget)).toMatch(new RegExp(`^${destination}`));
    }
  });
});
