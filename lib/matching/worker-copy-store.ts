// The COPY store of an empty scope (lib/matching/store.ts copyStore) with its rows laid out by the
// worker thread (copy-layout.ts) instead of on the main thread.
import type pg from "pg";
import { copyIn, type CopyIn } from "@/lib/copy-in";
import type { CopyLayout, LayoutPart } from "./copy-layout";
import type { StoreSession } from "./store";
import { copyStatement, rowsPerCopy, storedText } from "./store-rows";

/**
 * copyStore with the rows laid out by the worker thread (copy-layout.ts): each write is one part
 * (or two, across a statement's end) sent to the worker at once, and its bytes go to their
 * statement in order when they come back; a statement ends after its last part. A failure (the
 * worker's, or PostgreSQL's) surfaces in finish(), which first ends every statement still open,
 * so the caller's transaction can roll back.
 */
export function workerCopyStore(connection: pg.ClientBase, tail: string, layout: CopyLayout): StoreSession {
  const copies: CopyIn[] = [copyIn(connection, copyStatement)];
  const copied: Promise<number>[] = [];
  let rowsInCopy = 0;
  let sent: Promise<void> = Promise.resolve();
  const newPart = (): LayoutPart => ({ supplierIds: [], buyerIds: [], requestIds: [], scores: [], stored: [], tail });
  let part = newPart();
  const sendPart = () => {
    if (part.scores.length === 0) return;
    const bytes = layout.layout(part);
    bytes.catch(() => undefined); // awaited in turn below
    const copy = copies.at(-1)!;
    part = newPart();
    sent = sent.then(async () => copy.writeBytes(await bytes));
  };
  const endCopy = () => {
    sendPart();
    const copy = copies.at(-1)!;
    const ended = sent.then(() => copy.end());
    ended.catch(() => undefined); // finish() reports it
    copied.push(ended);
    return ended;
  };
  return {
    write(demands, suggestions) {
      demands.forEach((demand, index) => {
        for (const suggestion of suggestions[index] ?? []) {
          part.supplierIds.push(suggestion.supplierId);
          part.buyerIds.push(demand.buyerId);
          part.requestIds.push(demand.requestId);
          part.scores.push(suggestion.score);
          part.stored.push(storedText(suggestion));
          rowsInCopy += 1;
          if (rowsInCopy >= rowsPerCopy) {
            copies.push(copyIn(connection, copyStatement, endCopy()));
            rowsInCopy = 0;
          }
        }
      });
      sendPart();
      return Promise.resolve();
    },
    async finish() {
      endCopy();
      try {
        const counts = await Promise.all(copied);
        return { created: counts.reduce((sum, rows) => sum + rows, 0), updated: 0, removed: 0, kept: 0 };
      } catch (error) {
        await Promise.allSettled(copies.map((copy) => copy.end()));
        throw error;
      }
    },
  };
}
