import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  lastSignInAt: true,
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof userRowSelect }>;

/** All accounts, by role then name. */
export async function listUsers({ page, pageSize = 20 }: { page: number; pageSize?: number }): Promise<Paginated<UserRow>> {
  const [items, total] = await Promise.all([
    db.user.findMany({
      orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
      select: userRowSelect,
    }),
    db.user.count(),
  ]);
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}
