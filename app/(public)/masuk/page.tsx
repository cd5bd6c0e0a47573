import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInErrorFrom } from "@/components/auth/sign-in-error";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { roleHomePath, safeCallbackPath } from "@/lib/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { signInFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SignInPageProps = {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; pemberitahuan?: string | string[] }>;
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  const user = await getSessionUser();
  // Signed in already (or just now: the form reloads this page): on to the callback or the role's home.
  if (user) redirect(callbackPath ?? roleHomePath(user.role));

  const t = await getTranslations("SignIn");
  const destination = callbackPath ?? "/masuk";

  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:py-16">
      <h1 className="text-3xl font-bold text-brand-900">{t("heading")}</h1>
      <p className="mt-2 text-muted">{t("lead")}</p>
      {first(params.pemberitahuan) === "kata-sandi-diganti" ? (
        <p role="status" className="mt-4 rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900">
          {t("passwordChanged")}
        </p>
      ) : null}
      <Card className="mt-6">
        <ClientMessages namespaces={signInFormNamespaces}>
          <SignInForm destination={destination} initialError={signInErrorFrom(first(params.error))} />
        </ClientMessages>
      </Card>
    </div>
  );
}
