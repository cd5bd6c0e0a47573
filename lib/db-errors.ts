// Reading database errors: which unique constraint a failed write hit, so it can become a message
// on the right field, and the SQLSTATE of a failed raw statement.
// With driver adapters Prisma reports the columns in `meta.target` or, for some adapters, in
// `meta.driverAdapterError.cause.constraint`; both are read.
import { Prisma } from "@/lib/generated/prisma/client";

function constraintNames(meta: Record<string, unknown> | undefined): string[] {
  if (!meta) return [];
  const names: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === "string") names.push(value);
    else if (Array.isArray(value)) for (const item of value) add(item);
  };
  add(meta.target);
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined)?.cause;
  add(cause?.constraint?.fields);
  add(cause?.constraint?.index);
  return names;
}

/** A unique constraint on `column` was violated (P2002), e.g. an email registered twice at once. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // Columns come bare ("email") or quoted, constraints named after them ("User_email_key").
  return constraintNames(error.meta).some((name) => name.replace(/"/g, "").split(/[_,\s]+/).includes(column));
}


/** PostgreSQL's SQLSTATE of a failed statement, wherever the driver adapter put it. */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const walk = (value: unknown): string | undefined => {
    if (!value || typeof value !== "object" || seen.has(value)) return undefined;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) {
      const code = record[key];
      if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith("P")) return code;
    }
    for (const key of ["cause", "meta", "driverAdapterError", "error"]) {
      const found = walk(record[key]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(error);
}
