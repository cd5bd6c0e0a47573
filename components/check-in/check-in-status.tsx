import { useTranslations } from "next-intl";
import { ClockTime } from "@/components/agenda/meeting-time";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { Badge } from "@/components/ui/badge";
import { checkInByCodeAction, checkInFromListAction, undoCheckInAction } from "@/lib/check-in/actions";

type Props = {
  eventId: string;
  participantId: string;
  name: string;
  checkedInAt: Date | null;
  /** Present when the page was opened from the QR code: the check-in goes by the code. */
  code?: string;
  /** The list offers an undo for a mistaken check-in. */
  allowUndo?: boolean;
  /** On the list, one of a participant's several people: check-in and undo are that person's. */
  representativeId?: string;
};

/** "Sudah hadir pukul 09.15" or the "Catat kehadiran" button. */
export function CheckInStatus({ eventId, participantId, name, checkedInAt, code, allowUndo = false, representativeId }: Props) {
  const t = useTranslations("CheckIn");
  const fields: Record<string, string> = representativeId ? { eventId, participantId, representativeId } : { eventId, participantId };
  if (checkedInAt) {
    return (
      <div className="space-y-2">
        <p role="status" className="flex flex-wrap items-center gap-2">
          <Badge tone="success">{t("present")}</Badge>
          <span className="font-semibold">{t.rich("alreadyCheckedIn", { time: () => <ClockTime at={checkedInAt} /> })}</span>
        </p>
        {allowUndo ? (
          <MatchButtonForm
            action={undoCheckInAction}
            fields={fields}
            label={t("undo")}
            pendingLabel={t("undoing")}
            variant="ghost"
            accessibleLabel={t("undoFor", { name })}
          />
        ) : null}
      </div>
    );
  }
  return code ? (
    <MatchButtonForm action={checkInByCodeAction} fields={{ eventId, code }} label={t("checkIn")} pendingLabel={t("checkingIn")} variant="primary" />
  ) : (
    <MatchButtonForm action={checkInFromListAction} fields={fields} label={t("checkIn")} pendingLabel={t("checkingIn")} accessibleLabel={t("checkInFor", { name })} />
  );
}
