// Which unique constraint a failed write hit, so it can become a message on the right field.
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

