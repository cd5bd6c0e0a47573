import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { isShortlisted } from "@/lib/buyers/shortlist-queries";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import { ShortlistToggle } from "./shortlist-toggle";
import { ClientMessages } from "@/components/i18n/client-messages";
import { shortlistNamespaces } from "@/lib/i18n/client-namespaces";

type BuyerActionsProps = {
  target: "product" | "supplier";
  slug: string;
  /** The product's or the enterprise's id, to look up whether it is saved. */
  id: string;
};

/**
 * What a buyer can do on a catalog page: save it to the shortlist and ask the supplier.
 * Anonymous visitors are invited to sign in as a buyer; other signed-in roles see nothing.
 */
export async function BuyerActions({ target, slug, id }: BuyerActionsProps) {
  const [user, t] = await Promise.all([getSessionUser(), getTranslations("BuyerProfile.shortlist")]);
  const heading = (
    <h2 id="buyer-actions-heading" className="text-lg font-bold text-brand-900">
      {t("boxHeading")}
    </h2>
  );

  if (!user) {
    // Back to this page after signing in.
    const path = target === "product" ? productHref(slug) : supplierHref(slug);
    return (
      <Card as="section" aria-labelledby="buyer-actions-heading" className="space-y-3">
        {heading}
        <Link href={`/masuk?callbackUrl=${encodeURIComponent(path)}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("signInToSave")}
        </Link>
      </Card>
    );
  }

  const buyerId = user.buyerOrganizationId;
  if (user.role !== "BUYER" || !buyerId) return null;
  const saved = await isShortlisted(buyerId, target === "product" ? { productId: id } : { enterpriseId: id });
  const askHref = `/pembeli/pertanyaan/baru?${target === "product" ? "produk" : "pemasok"}=${encodeURIComponent(slug)}`;
  return (
    <Card as="section" aria-labelledby="buyer-actions-heading" className="space-y-3">
      {heading}
      <ClientMessages namespaces={shortlistNamespaces}>
        <ShortlistToggle target={target} slug={slug} saved={saved} />
      </ClientMessages>
      <ButtonLink href={askHref} variant="secondary" className="w-full">
        {t("ask")}
      </ButtonLink>
      <Link href="/pembeli/simpanan" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {t("viewList")}
      </Link>
    </Card>
  );
}
