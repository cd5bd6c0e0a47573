import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { roles } from "@/lib/auth/permissions";
import { userStatuses, type UserListFilter } from "@/lib/user-admin/schemas";

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export async function UserFilters({ filter }: { filter: UserListFilter }) {
  const [t, tEnums] = await Promise.all([getTranslations("AdminUsers"), getTranslations("Enums")]);
  const filtered = Boolean(filter.q || filter.role || filter.status);
  return (
    <form method="get" action="/admin" role="search" aria-labelledby="user-filters-heading" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="user-filters-heading" className="mb-3 text-base font-semibold text-ink">
        {t("filterHeading")}
      </h2>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
        <Field id="user-search" name="q" type="search" label={t("search")} defaultValue={filter.q ?? ""} maxLength={100} />
        <Select
          id="user-role-filter"
          name="role"
          label={t("roleFilter")}
          defaultValue={filter.role ?? ""}
          options={[{ value: "", label: t("all") }, ...roles.map((role) => ({ value: role, label: tEnums(`role.${role}`) }))]}
        />
        <Select
          id="user-status-filter"
          name="status"
          label={t("statusFilter")}
          defaultValue={filter.status ?? ""}
          options={[{ value: "", label: t("all") }, ...userStatuses.map((status) => ({ value: status, label: tEnums(`userStatus.${status}`) }))]}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("apply")}</Button>
        {filtered ? (
          <Link href="/admin" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
