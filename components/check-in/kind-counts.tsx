import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { KindLabel } from "./kind-label";

/** Present vs approved per kind of participant. */
export function KindCounts({ rows, caption }: { rows: { kind: "SME" | "BUYER" | "PARTNER"; approved: number; present: number }[]; caption: string }) {
  const t = useTranslations("CheckIn");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("kindLabel")}</Th>
          <Th className="text-right">{t("presentColumn")}</Th>
          <Th className="text-right">{t("approvedColumn")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind}>
            <Th scope="row">
              <KindLabel kind={row.kind} />
            </Th>
            <Td className="text-right tabular-nums">{row.present}</Td>
            <Td className="text-right tabular-nums">{row.approved}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
