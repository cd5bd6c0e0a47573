import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import { capturedMailDir, listCapturedMail } from "@/lib/mail/captured";
import { requireDevMailboxViewer } from "@/lib/mail/dev-mailbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DevMail");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The text of a message with its links clickable. */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"']+)/g);
  return (
    <pre className="overflow-x-auto text-sm break-words whitespace-pre-wrap">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

// Development only: in production, or with a real SMTP server, this page does not exist. Even
// then only an admin reads it: the messages hold sign-up, reset and invitation links.
export default async function DevMailPage() {
  await requireDevMailboxViewer();
  const directory = capturedMailDir(env().dataDir);
  const [t, locale, messages] = await Promise.all([getTranslations("DevMail"), getLocale(), listCapturedMail(directory)]);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { directory })} />
      <PageBody>
        {messages.length === 0 ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <>
            <p className="mb-4 text-muted">{t("showing", { count: messages.length })}</p>
            <ol className="space-y-4">
              {messages.map((message) => (
                <li key={message.id}>
                  <Card as="article" aria-labelledby={`mail-${message.id}`}>
                    <h2 id={`mail-${message.id}`} className="text-lg font-semibold text-brand-900">
                      {message.subject}
                    </h2>
                    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                      <dt className="font-semibold">{t("to")}</dt>
                      <dd className="break-all">{message.to}</dd>
                      <dt className="font-semibold">{t("sentAt")}</dt>
                      <dd>{formatDateTime(message.date, locale)}</dd>
                      <dt className="font-semibold">{t("file")}</dt>
                      <dd className="break-all">{message.id}</dd>
                    </dl>
                    <div className="mt-4 rounded-md bg-slate-50 p-3">
                      <TextWithLinks text={message.text} />
                    </div>
                  </Card>
                </li>
              ))}
            </ol>
          </>
        )}
      </PageBody>
    </>
  );
}
