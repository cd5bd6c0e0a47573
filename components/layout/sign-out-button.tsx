"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClassName } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export function SignOutButton({ fullWidth = false }: { fullWidth?: boolean }) {
  const t = useTranslations("Nav");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      aria-disabled={pending || undefined}
      className={buttonClassName("secondary", "sm", fullWidth ? "w-full" : "whitespace-nowrap")}
      onClick={() => {
        if (pending) return;
        setPending(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      {pending ? (
        <>
          <Spinner />
          {t("signingOut")}
        </>
      ) : (
        t("signOut")
      )}
    </button>
  );
}
