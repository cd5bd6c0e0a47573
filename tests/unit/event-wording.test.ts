// One word for one thing in the events' wording (issue 17): a "slot" (slot pertemuan) is one
// meeting's time box, as long as the event's slot length; a "sesi" (session) is a block of time
// that is divided into slots, with breaks between sessions. The retired wording called the slot
// length "lama satu sesi pertemuan" while "Sesi pertemuan" meant the blocks. This scans every
// message file (and the README) for the retired phrases, so they do not come back.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const messageFiles = readdirSync(path.join(root, "messages")).filter((name) => name.endsWith(".json"));

/** A slot's length or a single meeting called a session, in Indonesian or English. */
const retired: RegExp[] = [/lama (satu )?sesi/i, /length of one meeting(?! slot)/i, /meeting length/i, /session length/i, /length of (a|one) session/i];

function offending(text: string): string[] {
  return retired.flatMap((pattern) => text.match(new RegExp(pattern.source, "gi")) ?? []);
}

describe("slot and session wording", () => {
  it("finds the retired wording in a sample (the check can fail)", () => {
    expect(offending('{"slotMinutes": "Lama satu sesi pertemuan"}')).toEqual(["Lama satu sesi"]);
    expect(offending('{"slotMinutes": "Length of one meeting"}')).toEqual(["Length of one meeting"]);
    expect(offending('{"slotMinutes": "Lama satu slot pertemuan", "sessions": "Sesi pertemuan"}')).toEqual([]);
  });

  it.each([...messageFiles, "../README.md"])("messages/%s uses slot for one meeting's time and sesi for a block of slots", (name) => {
    expect(offending(readFileSync(path.join(root, "messages", name), "utf8"))).toEqual([]);
  });
});
