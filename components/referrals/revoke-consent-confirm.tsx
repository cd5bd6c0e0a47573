"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClassName } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ReferralPurpose } from "@/lib/generated/prisma/enums";
import { updateConsentAction } from "@/lib/referrals/actions";

type Props = {
  partnerOrganizationId: string;
  purpose: ReferralPurpose;
  /** Whether the consent is still shared: after the revocation only the result stays. */
  active: boolean;
  heading: string;
  /** The partner and purpose, so screen readers hear which consent the form revokes. */
  name: string;
};

/**
 * The confirmation step of "Cabut persetujuan", reached by a plain link (?cabut=...), so it
 * works without JavaScript: it says what revoking does, and revokes only on "Ya, cabut".
 */
export function RevokeConsentConfirm({ partnerOrganizationId, purpose, active, heading, name }: Props) {
  const t = useTranslations("Referrals.sme");
  const { state, pending, formProps } = useFormAction(updateConsentAction);
  if (!active && !state.message) return null;
  return (
    <form {...formProps} aria-label={name} className="space-y-3 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
      <input type="hidden" name="partnerOrganizationId" value={partnerOrganizationId} />
      <input type="hidden" name="purpose" value={purpose} />
      <input type="hidden" name="intent" value="revoke" />
      {active ? (
        <>
          <p className="font-semibold text-red-900">{heading}</p>
          <p>{t("confirmText")}</p>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pending={pending} pendingLabel={t("revoking")} variant="danger" size="sm">
              {t("confirmRevoke")}
            </SubmitButton>
            <Link href="/ikm/mitra" className={buttonClassName("secondary", "sm")}>
              {t("cancelRevoke")}
            </Link>
          </div>
        </>
      ) : (
        <Link href="/ikm/mitra" className="font-medium text-brand-800 underline">
          {t("backToPartners")}
        </Link>
      )}
      <FormMessage state={state} />
    </form>
  );
}
