// The three kinds of import behind one interface: validation and matching (shared by the
// preview and the run) and the writes of the run.
import "server-only";
import type { DbClient } from "@/lib/db";
import type { PreparedKind, RecordValues, ValidRow } from "./plan";
import { prepareBuyers } from "./buyers";
import { prepareProducts } from "./products";
import { createSmes, updateSme, type WriteContext } from "./sme-write";
import { prepareSmes } from "./smes";
import type { ImportKind } from "./types";

export type { WriteContext };

export interface PreparedImport extends PreparedKind {
  create(tx: DbClient, rows: ValidRow[], context: WriteContext): Promise<Map<number, string>>;
  update(tx: DbClient, id: string, changes: RecordValues): Promise<void>;
}

export async function prepareKind(db: DbClient, kind: ImportKind): Promise<PreparedImport> {
  switch (kind) {
    case "smes":
      return { ...(await prepareSmes(db)), create: createSmes, update: updateSme };
    case "products":
      return prepareProducts(db);
    case "buyers":
      return prepareBuyers(db);
  }
}
