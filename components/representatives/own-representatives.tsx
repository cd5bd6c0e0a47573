import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { addOwnRepresentativeAction, removeOwnRepresentativeAction, updateOwnRepresentativeAction } from "@/lib/representatives/actions";
import type { Representative } from "@/lib/representatives/queries";
import { RepresentativesEditor } from "./representatives-editor";

export const editorPeople = (people: Representative[]) =>
  people.map((person) => ({ id: person.id, position: person.position, name: person.name, phone: person.phone, email: person.email, checkedIn: person.checkedInAt !== null, seats: person.seats }));

/** The organisation's own people at the event, on its event page. */
export async function OwnRepresentatives({ eventId, people, limit }: { eventId: string; people: Representative[]; limit: number }) {
  const t = await getTranslations("EventRegistration.representatives");
  return (
    <Card as="section" aria-labelledby="representatives-heading" className="lg:col-span-2">
      <h2 id="representatives-heading" className="text-lg font-semibold text-brand-900">
        {t("heading")}
      </h2>
      <p className="mt-2 mb-4">{t("lead")}</p>
      <RepresentativesEditor
        hidden={{ eventId }}
        people={editorPeople(people)}
        limit={limit}
        idPrefix="wakil"
        actions={{ add: addOwnRepresentativeAction, update: updateOwnRepresentativeAction, remove: removeOwnRepresentativeAction }}
      />
    </Card>
  );
}
