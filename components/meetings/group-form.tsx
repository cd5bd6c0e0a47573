"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createGroupMeetingAction } from "@/lib/meetings/actions";

type Party = { id: string; name: string };

/** Staff make a group meeting: one host (a buyer or partner) and two or more SMEs; the scheduler places it. */
export function GroupMeetingForm({ eventId, seats, hosts, smes }: { eventId: string; seats: number; hosts: Party[]; smes: Party[] }) {
  const t = useTranslations("Schedule");
  const { state, pending, formProps, fieldError, value, values } = useFormAction(createGroupMeetingAction);
  const hostError = fieldError("hostId");
  const membersError = fieldError("memberIds");
  const ticked = values("memberIds") ?? [];
  return (
    <form {...formProps} className="space-y-3" aria-labelledby="group-heading">
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-sm text-muted">{t("groupHint", { seats })}</p>
      <div className="space-y-1.5">
        <label htmlFor="group-host" className="block font-medium text-ink">
          {t("groupHost")}
        </label>
        <select {...controlProps({ id: "group-host", hint: null, error: hostError })} name="hostId" defaultValue={value("hostId") ?? ""}>
          <option value="">{t("groupHostPick")}</option>
          {hosts.map((host) => (
            <option key={host.id} value={host.id}>
              {host.name}
            </option>
          ))}
        </select>
        <FieldError id="group-host" error={hostError} />
      </div>
      <fieldset className="space-y-1.5" aria-invalid={membersError ? true : undefined} aria-describedby={membersError ? "group-members-error" : undefined}>
        <legend className="font-medium text-ink">{t("groupMembers")}</legend>
        <ul className="max-h-64 space-y-1 overflow-y-auto">
          {smes.map((sme) => (
            <li key={sme.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="memberIds" value={sme.id} defaultChecked={ticked.includes(sme.id)} className="size-4" />
                {sme.name}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="group-members" error={membersError} />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("groupCreate")}>
        {t("groupCreate")}
      </SubmitButton>
      {hostError || membersError ? null : <FormMessage state={state} />}
    </form>
  );
}
