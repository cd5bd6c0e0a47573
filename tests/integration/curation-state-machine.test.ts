// The curation state machine, exhaustively: every status of an enterprise and of a product meets
// every event (the owner's submit and answer, staff's three decisions, the owner's edit of a
// product), on real rows. The allowed transitions are exactly the table below; every other pair
// is refused and leaves the row, its reviews and its comments as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/auth/action";
import { answerRevision, reviewEnterprise, submitForReview } from "@/lib/curation/mutations";
import { reviewProduct } from "@/lib/curation/product-mutations";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { answerProductRevision, statusAfterChange, submitProduct } from "@/lib/products/mutations";
import { resetData } from "./reset";

const statuses: CurationStatus[] = ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "PUBLISHED", "REJECTED"];
type Event = "submit" | "answer" | "publish" | "requestRevision" | "reject";
const events: Event[] = ["submit", "answer", "publish", "requestRevision", "reject"];

/** The only transitions there are; for products, publishing also needs a published enterprise. */
const allowed: Record<Event, Partial<Record<CurationStatus, CurationStatus>>> = {
  submit: { DRAFT: "SUBMITTED" },
  answer: { REVISION_REQUESTED: "SUBMITTED" },
  publish: { SUBMITTED: "PUBLISHED", REVISION_REQUESTED: "PUBLISHED" },
  requestRevision: { SUBMITTED: "REVISION_REQUESTED", REVISION_REQUESTED: "REVISION_REQUESTED" },
  reject: { SUBMITTED: "REJECTED", REVISION_REQUESTED: "REJECTED" },
};

const decisions = { publish: "PUBLISH", requestRevision: "REQUEST_REVISION", reject: "REJECT" } as const;
const scores = { legality: 3, qualityCapacity: 2, marketReach: 2, competitiveAdvantage: 2 };
let counter = 0;
let staffId = "";
let kbliId = 0;

async function owner(enterpriseStatus: CurationStatus) {
  counter += 1;
  const user = await db.user.create({ data: { email: `pemilik-${counter}@mesin.test`, name: `Pemilik ${counter}`, role: "SME" } });
  const enterprise = await db.enterprise.create({
    data: { slug: `usaha-${counter}`, ownerId: user.id, legalName: `UD Usaha ${counter}`, legalForm: "UD", kecamatanCode: "33.74.04", status: enterpriseStatus, primaryKbliId: kbliId },
  });
  return { userId: user.id, enterpriseId: enterprise.id };
}

/** Runs one event; a refusal is a UserFacingError and must roll the transaction back. */
async function apply(run: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>): Promise<"done" | "refused"> {
  try {
    await db.$transaction(async (tx) => {
      await run(tx);
    });
    return "done";
  } catch (error) {
    if (error instanceof UserFacingError) return "refused";
    throw error;
  }
}

async function trail(where: { enterpriseId: string } | { productId: string }) {
  const [reviews, comments] = await Promise.all([db.curationReview.count({ where }), db.curationComment.count({ where })]);
  return { reviews, comments };
}

beforeAll(async () => {
  await resetData();
  staffId = (await db.user.create({ data: { email: "staf@mesin.test", name: "Staf", role: "STAFF" } })).id;
  kbliId = (await db.kbli.findFirstOrThrow({ where: { code: "13134", level: "SUBCLASS" }, select: { id: true } })).id;
});

describe("curation state machine", () => {
  it("an enterprise moves only along the table, and refused events change nothing", async () => {
    const mismatches: string[] = [];
    for (const from of statuses) {
      for (const event of events) {
        const who = await owner(from);
        const before = await db.enterprise.findUniqueOrThrow({ where: { id: who.enterpriseId } });
        const trailBefore = await trail({ enterpriseId: who.enterpriseId });
        const outcome = await apply((tx) => {
          if (event === "submit") return submitForReview(tx, who);
          if (event === "answer") return answerRevision(tx, who, "Sudah saya perbaiki.");
          return reviewEnterprise(tx, { userId: staffId }, { enterpriseId: who.enterpriseId, version: before.version, decision: decisions[event], comment: "Catatan staf.", ...scores });
        });
        const after = await db.enterprise.findUniqueOrThrow({ where: { id: who.enterpriseId } });
        const expected = allowed[event][from];
        if (expected === undefined) {
          if (outcome !== "refused") mismatches.push(`${from} + ${event}: allowed, table says refused`);
          expect(after).toEqual(before);
          expect(await trail({ enterpriseId: who.enterpriseId })).toEqual(trailBefore);
        } else if (outcome !== "done" || after.status !== expected) {
          mismatches.push(`${from} + ${event}: ${outcome} -> ${after.status}, table says ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("a product moves only along the table (publishing needs a published enterprise), and refused events change nothing", async () => {
    const mismatches: string[] = [];
    for (const enterpriseStatus of ["PUBLISHED", "SUBMITTED"] as const) {
      for (const from of statuses) {
        for (const event of events) {
          const who = await owner(enterpriseStatus);
          const product = await db.product.create({
            data: {
              enterpriseId: who.enterpriseId, slug: `produk-${counter}`, nameId: `Kain batik ${counter}`, unit: "lembar", status: from, kbliId,
              descriptionId: "Kain batik tulis pewarna alam, ukuran 2 x 1,15 meter.",
              photos: { create: { largeKey: `p/${counter}/l.webp`, smallKey: `p/${counter}/s.webp`, width: 1200, height: 900 } },
            },
          });
          const before = await db.product.findUniqueOrThrow({ where: { id: product.id } });
          const trailBefore = await trail({ productId: product.id });
          const outcome = await apply((tx) => {
            if (event === "submit") return submitProduct(tx, who, product.id);
            if (event === "answer") return answerProductRevision(tx, who, product.id, "Sudah saya perbaiki.");
            return reviewProduct(tx, { userId: staffId }, { productId: product.id, version: 0, decision: decisions[event], comment: "Catatan staf.", ...scores });
          });
          const after = await db.product.findUniqueOrThrow({ where: { id: product.id } });
          const expected = event === "publish" && enterpriseStatus !== "PUBLISHED" ? undefined : allowed[event][from];
          const label = `${from} (enterprise ${enterpriseStatus}) + ${event}`;
          if (expected === undefined) {
            if (outcome !== "refused") mismatches.push(`${label}: allowed, table says refused`);
            expect(after).toEqual(before);
            expect(await trail({ productId: product.id })).toEqual(trailBefore);
          } else if (outcome !== "done" || after.status !== expected) {
            mismatches.push(`${label}: ${outcome} -> ${after.status}, table says ${expected}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("an owner's edit takes a published product out of the catalog and leaves other statuses alone", () => {
    expect(statuses.map((status) => [status, statusAfterChange(status)])).toEqual([
      ["DRAFT", "DRAFT"],
      ["SUBMITTED", "SUBMITTED"],
      ["REVISION_REQUESTED", "REVISION_REQUESTED"],
      ["PUBLISHED", "SUBMITTED"],
      ["REJECTED", "REJECTED"],
    ]);
  });
});
