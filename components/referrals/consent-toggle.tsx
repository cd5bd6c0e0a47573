"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ReferralPurpose } from "@/lib/generated/prisma/enums";
import { updateConsentAction } from "@/lib/referrals/actions";

type Props = {
  partnerOrganizationId: string;
  purpose: ReferralPurpose;
  active: boolean;
  /** The partner and purpose, so screen readers hear which consent the button changes. */
  name: string;
};

/** "Bagikan" or "Cabut persetujuan" for one partner and purpose; the page re-renders with the new state. */
export function ConsentToggle({ partnerOrganizationId, purpose, active, name }: Props) {
  const t = useTranslations("Referrals.sme");
  const { state, pending, formProps } = useFormAction(updateConsentAction);
  return (
    <form {...formProps} aria-label={name} className="space-y-2">
      <input type="hidden" name="partnerOrganizationId" value={partnerOrganizationId} />
      <input type="hidden" name="purpose" value={purpose} />
      <input type="hidden" name="intent" value={active ? "revoke" : "grant"} />
      <SubmitButton pending={pending} pendingLabel={active ? t("revoking") : t("granting")} variant={active ? "secondary" : "primary"} size="sm">
        {active ? t("revoke") : t("grant")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
