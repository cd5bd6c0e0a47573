import { describe, expect, it } from "vitest";
import { changesFor, type ExistingRecord, planRow, type ValidRow } from "./plan";

const row = (values: ValidRow["values"]): ValidRow => ({ index: 0, row: 2, values, matchKey: "k", extra: {} });
const existing = (current: ExistingRecord["current"], lastImport: ExistingRecord["lastImport"]): ExistingRecord => ({
  id: "e1",
  name: "Batik Sekar",
  reason: "nib",
  current,
  lastImport,
});

describe("what an import writes to an existing record", () => {
  it("fills empty fields and fields still as the last import wrote them, never an owner's edit", () => {
    const record = existing({ workforce: 99, address: "Jl. Lama 1", phone: null, brandName: "Sekar" }, { workforce: 10, address: "Jl. Lama 1" });
    expect(changesFor({ workforce: 12, address: "Jl. Baru 2", phone: "024 831", brandName: "Sekar" }, record)).toEqual({
      address: "Jl. Baru 2",
      phone: "024 831",
    });
  });

  it("without an earlier import, writes only where the record is empty", () => {
    expect(changesFor({ workforce: 12, scale: "MIKRO" }, existing({ workforce: 7, scale: null }, null))).toEqual({ scale: "MIKRO" });
  });

  it("plans unchanged, update, create, and a close name skipped unless staff decide to create", () => {
    const same = existing({ workforce: 12 }, { workforce: 12 });
    expect(planRow(row({ workforce: 12 }), { existing: same }, {}).action).toBe("unchanged");
    expect(planRow(row({ workforce: 13 }), { existing: same }, {}).action).toBe("update");
    expect(planRow(row({ workforce: 13 }), null, {}).action).toBe("create");
    const similar = { similar: { id: "e2", name: "Batik Sekar Jagad" } };
    expect(planRow(row({}), similar, {})).toMatchObject({ action: "skip", candidate: { row: 2, reason: "name", existingId: "e2" } });
    expect(planRow(row({}), similar, { 2: "create" }).action).toBe("create");
  });
});
