// Small SME import files for the import desk's tests: CSV text with the template's headers
// (lib/imports/fields.ts), one line per row, each row a new enterprise unless told otherwise.
let counter = 0;

export interface SmeRow {
  legalName: string;
  legalForm: string;
  nib: string;
  kecamatan: string;
  kelurahan: string;
  email: string;
}

const headers: Record<keyof SmeRow, string> = {
  legalName: "Nama usaha",
  legalForm: "Bentuk usaha",
  nib: "NIB",
  kecamatan: "Kecamatan",
  kelurahan: "Kelurahan",
  email: "Email",
};

/** A valid row with a unique name, NIB and email. */
export function smeRow(overrides: Partial<SmeRow> = {}): SmeRow {
  counter += 1;
  const unique = `${Date.now() % 1_000_000}${String(counter).padStart(4, "0")}`;
  return {
    legalName: `UD Impor Uji ${unique}`,
    legalForm: "UD",
    nib: `9${unique.padStart(12, "0")}`.slice(0, 13),
    kecamatan: "Semarang Tengah",
    kelurahan: "Sekayu",
    email: `impor-${unique}@contoh.test`,
    ...overrides,
  };
}

/** The CSV of the rows (header row first); `extraHeader` adds a column no field knows, left empty. */
export function smeCsv(rows: SmeRow[], { extraHeader }: { extraHeader?: string } = {}): string {
  const keys = Object.keys(headers) as (keyof SmeRow)[];
  const head = [...keys.map((key) => headers[key]), ...(extraHeader ? [extraHeader] : [])];
  const lines = rows.map((row) => [...keys.map((key) => row[key]), ...(extraHeader ? [""] : [])].join(","));
  return [head.join(","), ...lines].join("\n");
}
