import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlProps } from "@/components/ui/field";
import type { Representative } from "@/lib/representatives/queries";
import { personParam } from "@/lib/representatives/agenda";

/** Chooses whose agenda to show when an organisation sends several people (a plain GET form: works without JavaScript). */
export async function PersonSelect({ action, people, person }: { action: string; people: Representative[]; person: Representative | null }) {
  if (people.length < 2) return null;
  const t = await getTranslations("Agenda");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="agenda-person" className="block font-medium text-ink">
          {t("personLabel")}
        </label>
        <select {...controlProps({ id: "agenda-person", hint: null, error: null }, "w-auto")} name={personParam} defaultValue={person?.id ?? ""}>
          <option value="">{t("personAll")}</option>
          {people.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name ?? t("personContact")}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("personShow")}
      </Button>
    </form>
  );
}

/** "Wakil: Rina" under the agenda's heading when one person's agenda is shown. */
export async function PersonLine({ person }: { person: Representative | null }) {
  if (!person) return null;
  const t = await getTranslations("Agenda");
  return <p className="font-semibold">{t("personLine", { name: person.name ?? t("personContact") })}</p>;
}
