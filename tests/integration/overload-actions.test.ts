// A server action that cannot get a database connection in time (every connection of the pool
// busy, so Prisma's transaction wait runs out) answers the form with "busy, send it again", not
// a generic failure, writes nothing, and works once connections are free again. The action is
// made with defineFormAction like every action, and writes through a transaction like they do.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineFormAction } from "@/lib/auth/action";
import { db, getConnection } from "@/lib/db";
import { env } from "@/lib/env";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { signInAs, submit } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const addContactAction = defineFormAction({
  name: "test.addContact",
  access: "public",
  schema: z.object({ email: z.email() }),
  run: async ({ email }) => {
    await db.$transaction((tx) => tx.user.create({ data: { email, name: "Kontak Uji", role: "BUYER" } }), { maxWait: 500 });
    return { ok: true, message: "saved" };
  },
});

/** Holds every connection of the app's pool in an open transaction until `release` is called. */
function holdEveryConnection(): { held: Promise<unknown>; release: () => void } {
  const connections = getConnection().kind === "embedded" ? 1 : env().DATABASE_POOL_SIZE;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = Promise.all(
    Array.from({ length: connections }, () =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await released;
        },
        { maxWait: 20_000, timeout: 30_000 },
      ),
    ),
  );
  return { held, release };
}

describe("a server action under overload", () => {
  it("says the service is busy and to send again, saves nothing, and succeeds once connections are free", async () => {
    signInAs(null);
    const email = uniqueEmail("sibuk");
    const { held, release } = holdEveryConnection();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const busy = await submit(addContactAction, { email });
    release();
    await held;

    expect(busy).toMatchObject({ ok: false, message: "Errors.busy" });
    expect(await db.user.count({ where: { email } })).toBe(0);

    expect(await submit(addContactAction, { email })).toEqual({ ok: true, message: "saved" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});
