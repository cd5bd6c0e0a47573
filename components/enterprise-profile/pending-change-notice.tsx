import { useTranslations } from "next-intl";
import type { PendingField } from "@/lib/curation/change-queries";

/** Tells the owner (or assisting staff) which edits of a published profile wait for staff review. */
export function PendingChangeNotice({ pending }: { pending: { fields: PendingField[]; photos: number } }) {
  const t = useTranslations("EnterpriseProfile.pending");
  const tFields = useTranslations("CurationQueue.changes.fields");
  return (
    <div role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{t("title")}</p>
      {pending.fields.length > 0 ? <p className="mt-1">{t("text", { fields: pending.fields.map((field) => tFields(field)).join(", ") })}</p> : null}
      {pending.photos > 0 ? <p className="mt-1">{t("photos", { count: pending.photos })}</p> : null}
    </div>
  );
}
