"use client";

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
        // next-auth's client (about 8 KB gzip with its helpers) is fetched on the press, not with
        // the shell every visitor downloads before the first paint (issue 16, LCP).
        void import("next-auth/react").then(
          ({ signOut }) => signOut({ callbackUrl: "/" }),
          () => setPending(false),
        );
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
