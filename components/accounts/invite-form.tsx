"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteUserAction } from "@/lib/account-lifecycle/actions";
import { invitableRoles } from "@/lib/account-lifecycle/roles";
import { locales } from "@/lib/i18n/config";

type InviteFormProps = {
  partnerOrganizations: readonly { id: string; name: string }[];
};

const noSubscription = () => () => {};

/** ADMIN invites STAFF or PARTNER users; the organisation select matters for partners only. */
export function InviteForm({ partnerOrganizations }: InviteFormProps) {
  const t = useTranslations("Invitation");
  const tEnums = useTranslations("Enums");
  const tLanguage = useTranslations("Language");
  const locale = useLocale();
  const { state, pending, formRef, formProps, value, fieldProps, formError } = useFormAction(inviteUserAction);
  const [role, setRole] = useState(value("role") ?? "STAFF");
  // Without JavaScript the organisation select is always there; with it, only for partners.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);

  // After an invitation went out, the form starts over for the next one.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);

  return (
    <form {...formProps} onReset={() => setRole("STAFF")} className="space-y-5">
      {state.ok ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-950">
          {t("sent", { email: state.values?.email ?? "" })}
        </p>
      ) : null}
      <FormAlert>{formError}</FormAlert>
      <Field id="invite-email" {...fieldProps("email")} type="email" inputMode="email" label={t("inviteEmail")} autoComplete="off" required />
      <Field id="invite-name" {...fieldProps("name")} label={t("inviteName")} autoComplete="off" required />
      <Select
        id="invite-role"
        {...fieldProps("role")}
        defaultValue={role}
        label={t("role")}
        required
        onChange={(event) => setRole(event.target.value)}
        options={invitableRoles.map((option) => ({ value: option, label: tEnums(`role.${option}`) }))}
      />
      {!interactive || role === "PARTNER" ? (
        partnerOrganizations.length > 0 ? (
          <Select
            id="invite-partner-organization"
            {...fieldProps("partnerOrganizationId")}
            defaultValue={value("partnerOrganizationId") ?? ""}
            label={t("partnerOrganization")}
            hint={t("partnerOrganizationHint")}
            options={[
              { value: "", label: t("partnerOrganizationPlaceholder") },
              ...partnerOrganizations.map((organization) => ({ value: organization.id, label: organization.name })),
            ]}
          />
        ) : (
          <p className="rounded-md bg-amber-50 p-3 text-amber-950">{t("noPartnerOrganizations")}</p>
        )
      ) : null}
      <Select
        id="invite-locale"
        name="locale"
        label={t("locale")}
        defaultValue={value("locale") ?? locale}
        options={locales.map((option) => ({ value: option, label: tLanguage(option) }))}
      />
      <SubmitButton pending={pending} pendingLabel={t("invitePending")} className="w-full sm:w-auto">
        {t("inviteSubmit")}
      </SubmitButton>
    </form>
  );
}
