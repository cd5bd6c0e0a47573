import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { UserControls } from "@/components/admin/user-controls";
import { UserFilters } from "@/components/admin/user-filters";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { listUsers, type UserRow } from "@/lib/admin/queries";
import { requireRoute } from "@/lib/auth/session";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";
import { countActiveAdmins } from "@/lib/user-admin/queries";
import { userListFilterFrom, userListQuery } from "@/lib/user-admin/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("metaTitle") };
}

const statusTones: Record<UserStatus, BadgeTone> = { INVITED: "info", ACTIVE: "success", DEACTIVATED: "neutral" };

type SearchParam = string | string[] | undefined;
type AdminPageProps = { searchParams: Promise<{ page?: SearchParam; q?: SearchParam; role?: SearchParam; status?: SearchParam }> };

/** Why a row shows no controls, or null when the admin may change it. */
function lockReason(user: UserRow, actorId: string, activeAdmins: number) {
  if (user.deletedAt) return "deletedLabel" as const;
  if (user.id === actorId) return "yourAccount" as const;
  if (user.role === "ADMIN" && user.status === "ACTIVE" && activeAdmins <= 1) return "lastAdminLabel" as const;
  return null;
}

export default async function AdminUsersPage({ searchParams }: AdminPageProps) {
  const actor = await requireRoute("/admin");
  const params = await searchParams;
  const page = parsePage(params.page);
  const filter = userListFilterFrom(params);
  const filtered = Boolean(filter.q || filter.role || filter.status);
  const [t, tUsers, tEnums, tAudit, locale, users, activeAdmins] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("AdminUsers"),
    getTranslations("Enums"),
    getTranslations("AuditViewer"),
    getLocale(),
    listUsers({ page, filter }),
    countActiveAdmins(),
  ]);
  if (page > users.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={filtered ? tUsers("matching", { count: users.total }) : t("lead", { count: users.total })}>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/admin/undang">{tUsers("inviteLink")}</ButtonLink>
          <ButtonLink href="/admin/audit" variant="secondary">
            {tAudit("adminLink")}
          </ButtonLink>
        </div>
      </PageHeader>
      <PageBody>
        <UserFilters filter={filter} />
        {users.items.length > 0 ? (
          <Table caption={t("caption", { page: users.page, pageCount: users.pageCount })}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("email")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("lastSignIn")}</Th>
                <Th>{tUsers("actions")}</Th>
              </tr>
            </thead>
            <tbody>
              {users.items.map((user) => {
                const locked = lockReason(user, actor.id, activeAdmins);
                return (
                  <tr key={user.id}>
                    <Th scope="row">{user.name}</Th>
                    <Td className="break-all">{user.email}</Td>
                    <Td>{tEnums(`role.${user.role}`)}</Td>
                    <Td>
                      {user.deletedAt ? (
                        <Badge tone="neutral">{tUsers("deletedLabel")}</Badge>
                      ) : (
                        <Badge tone={statusTones[user.status]}>{tEnums(`userStatus.${user.status}`)}</Badge>
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("never")}
                    </Td>
                    <Td>
                      {locked ? (
                        <span className="text-muted">{tUsers(locked)}</span>
                      ) : (
                        <UserControls user={{ id: user.id, name: user.name, email: user.email, role: user.role, status: user.status }} />
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        ) : filtered ? (
          <EmptyState title={tUsers("emptyFilteredTitle")} text={tUsers("emptyFilteredText")} />
        ) : (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        )}
        <Pagination page={users.page} pageCount={users.pageCount} pathname="/admin" query={userListQuery(filter)} />
      </PageBody>
    </>
  );
}
