import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { UserListFilter } from "@/lib/user-admin/schemas";

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  lastSignInAt: true,
  deletedAt: true,
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof userRowSelect }>;

function whereOf({ q, role, status }: UserListFilter): Prisma.UserWhereInput {
  // Emails are stored lower-cased; names are matched regardless of case. The (role, status)
  // index serves the filters; the text search scans, which is fine at the size of a city's
  // user base (thousands of accounts).
  const search: Prisma.UserWhereInput | undefined = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] }
    : undefined;
  return { ...(role ? { role } : {}), ...(status ? { status } : {}), ...(search ?? {}) };
}

/** Accounts by role then name, filtered by role, status and a name or email search. */
export async function listUsers({
  page,
  pageSize = 20,
  filter = {},
}: {
  page: number;
  pageSize?: number;
  filter?: UserListFilter;
}): Promise<Paginated<UserRow>> {
  const where = whereOf(filter);
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
      select: userRowSelect,
    }),
    db.user.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}
