// The choices of the staff queues' filters: the kecamatan of Kota Semarang and the KBLI
// divisions of manufacturing (reference data seeded from files, read once per request).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { KBLI_VERSION } from "@/lib/reference/kbli";

export type QueueSearchOptions = {
  kecamatan: { code: string; name: string }[];
  kbliDivisions: { code: string; nameId: string; nameEn: string | null }[];
};

export const getQueueSearchOptions = cache(async (): Promise<QueueSearchOptions> => {
  const [kecamatan, kbliDivisions] = await Promise.all([
    db.kecamatan.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db.kbli.findMany({ where: { version: KBLI_VERSION, level: "DIVISION" }, orderBy: { code: "asc" }, select: { code: true, nameId: true, nameEn: true } }),
  ]);
  return { kecamatan, kbliDivisions };
});
