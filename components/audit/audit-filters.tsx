import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { type AuditFilterError, type AuditFilterField } from "@/lib/audit/filters";
import { auditActions } from "@/lib/audit/log";

type AuditFiltersFormProps = {
  /** What the admin typed, kept as typed so a refused value can be corrected. */
  values: Record<AuditFilterField, string>;
  errors: Partial<Record<AuditFilterField, AuditFilterError>>;
  entityTypes: readonly string[];
};

/** A plain GET form: the filters live in the URL, so the list and its download carry them without JavaScript. */
export async function AuditFiltersForm({ values, errors, entityTypes }: AuditFiltersFormProps) {
  const t = await getTranslations("AuditViewer");
  const error = (field: AuditFilterField) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);
  // A type typed into the URL that the log no longer holds stays selectable, so the form shows what is applied.
  const types = values.entityType && !entityTypes.includes(values.entityType) ? [...entityTypes, values.entityType] : entityTypes;
  const filtered = Object.values(values).some((value) => value !== "");
  return (
    <form method="get" action="/admin/audit" role="search" aria-labelledby="audit-filters-heading" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="audit-filters-heading" className="mb-3 text-base font-semibold text-ink">
        {t("filters.heading")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="audit-actor" name="actor" type="search" label={t("filters.actor")} defaultValue={values.actor} error={error("actor")} />
        <Select
          id="audit-action"
          name="action"
          label={t("filters.action")}
          defaultValue={values.action}
          error={error("action")}
          options={[{ value: "", label: t("filters.all") }, ...auditActions.map((action) => ({ value: action, label: `${t(`actions.${action}`)} (${action})` }))]}
        />
        <Select
          id="audit-entity-type"
          name="entityType"
          label={t("filters.entityType")}
          defaultValue={values.entityType}
          error={error("entityType")}
          options={[{ value: "", label: t("filters.all") }, ...types.map((type) => ({ value: type, label: type }))]}
        />
        <Field id="audit-entity-id" name="entityId" label={t("filters.entityId")} defaultValue={values.entityId} error={error("entityId")} />
        <Field id="audit-from" name="from" type="date" label={t("filters.from")} defaultValue={values.from} error={error("from")} />
        <Field id="audit-to" name="to" type="date" label={t("filters.to")} defaultValue={values.to} error={error("to")} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("filters.apply")}</Button>
        {filtered ? (
          <Link href="/admin/audit" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("filters.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
