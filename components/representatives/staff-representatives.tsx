import { getTranslations } from "next-intl/server";
import { addRepresentativeAction, removeRepresentativeAction, updateRepresentativeAction } from "@/lib/representatives/actions";
import type { Representative } from "@/lib/representatives/queries";
import { editorPeople } from "./own-representatives";
import { RepresentativesEditor } from "./representatives-editor";

/** A participant's people on staff's participant list, folded under its name. */
export async function StaffRepresentatives({ eventId, participantId, name, people, limit }: { eventId: string; participantId: string; name: string; people: Representative[]; limit: number }) {
  const t = await getTranslations("EventRegistration.representatives");
  return (
    <details className="mt-2 font-normal">
      <summary className="cursor-pointer text-sm text-brand-700 underline">
        <span aria-hidden="true">{t("summary", { count: people.length })}</span>
        <span className="sr-only">{t("summaryNamed", { count: people.length, name })}</span>
      </summary>
      <div className="mt-2 min-w-72">
        <RepresentativesEditor
          hidden={{ eventId, participantId }}
          people={editorPeople(people)}
          limit={limit}
          idPrefix={`wakil-${participantId}`}
          actions={{ add: addRepresentativeAction, update: updateRepresentativeAction, remove: removeRepresentativeAction }}
        />
      </div>
    </details>
  );
}
