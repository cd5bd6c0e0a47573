import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { listUsers } from "@/lib/admin/queries";
import { requireRoute } from "@/lib/auth/session";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("metaTitle") };
}

const statusTones: Record<UserStatus, BadgeTone> = { INVITED: "info", ACTIVE: "success", DEACTIVATED: "neutral" };

type AdminPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function AdminUsersPage({ searchParams }: AdminPageProps) {
  await requireRoute("/admin");
  const page = parsePage((await searchParams).page);
  const [t, tEnums, locale, users] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("Enums"),
    getLocale(),
    listUsers({ page }),
  ]);
  if (page > users.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { count: users.total })} />
      <PageBody>
        {users.items.length > 0 ? (
          <Table caption={t("caption", { page: users.page, pageCount: users.pageCount })}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("email")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("lastSignIn")}</Th>
              </tr>
            </thead>
            <tbody>
              {users.items.map((user) => (
                <tr key={user.id}>
                  <Td className="font-medium">{user.name}</Td>
                  <Td className="break-all">{user.email}</Td>
                  <Td>{tEnums(`role.${user.role}`)}</Td>
                  <Td>
                    <Badge tone={statusTones[user.status]}>{tEnums(`userStatus.${user.status}`)}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap">{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("never")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        )}
        <Pagination page={users.page} pageCount={users.pageCount} pathname="/admin" />
      </PageBody>
    </>
  );
}
