import { useTranslations } from "next-intl";
import type { ParticipantKind } from "@/lib/generated/prisma/enums";

export function KindLabel({ kind }: { kind: ParticipantKind }) {
  const t = useTranslations("CheckIn.kind");
  return <>{t(kind)}</>;
}
