// Input of the admin's user-management forms and of the user list's URL filters.
// Issue messages are message keys (translated by the form).
import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { UserStatus } from "@/lib/generated/prisma/enums";
import { searchText } from "@/lib/http/text";

export const userStatuses = Object.values(UserStatus);

const userId = z.string("AdminUsers.userNotFound").trim().min(1, "AdminUsers.userNotFound").max(64, "AdminUsers.userNotFound");

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(roles, "AdminUsers.roleRequired"),
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const userStatusChangeSchema = z.object({ userId });
export type UserStatusChangeInput = z.infer<typeof userStatusChangeSchema>;

export interface UserListFilter {
  q?: string;
  role?: (typeof roles)[number];
  status?: UserStatus;
}

type SearchParam = string | string[] | undefined;

function first(value: SearchParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The list's filters from the URL; an unknown value is ignored rather than an error. */
export function userListFilterFrom(params: { q?: SearchParam; role?: SearchParam; status?: SearchParam }): UserListFilter {
  const q = searchText(params.q, 100);
  const role = z.enum(roles).safeParse(first(params.role));
  const status = z.enum(UserStatus).safeParse(first(params.status));
  return {
    ...(q ? { q } : {}),
    ...(role.success ? { role: role.data } : {}),
    ...(status.success ? { status: status.data } : {}),
  };
}

/** The filters as query parameters, for pagination links. */
export function userListQuery(filter: UserListFilter): Record<string, string | undefined> {
  return { q: filter.q, role: filter.role, status: filter.status };
}
