// Two production servers behind one (imagined) load balancer with no sticky sessions: both run
// `npm start`'s script on one PostgreSQL database (a scratch database beside E2E_DATABASE_URL's,
// migrated and seeded once, as a release does), one S3-compatible bucket (s3rver) and one
// AUTH_SECRET, each with its own data directory and its own in-process job worker. Requests
// alternate between them, and what one instance did the other sees: the session, the photo, the
// mail queue, the sign-in limits and the guard on matching runs.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { type APIRequestContext, type Browser, expect, request, test } from "@playwright/test";
import pg from "pg";
import S3rver from "s3rver";
import { type SlowSmtpServer, startSlowSmtpServer } from "../integration/support/slow-smtp";
import { demoPassword, submitSignIn } from "./support/accounts";
import { formHtml, hiddenFields, postSignIn, signIn } from "./support/form-post";
import { type SpawnedServer, startServer, stop, waitForHealth } from "./support/spawned-server";
import { dropDatabase } from "../support/drop-database";

const serverUrl = process.env.E2E_DATABASE_URL?.trim();
const ports = { a: 3442, b: 3443 } as const;
const A = `http://127.0.0.1:${ports.a}`;
const B = `http://127.0.0.1:${ports.b}`;
const fixtures = path.join(import.meta.dirname, "fixtures");
const run = Date.now().toString(36);

let databaseUrl = "";
let databaseName = "";
let database: pg.Client;
let bucketDir = "";
let bucket: S3rver;
let bucketEndpoint = "";
const smtp: Partial<Record<"a" | "b", SlowSmtpServer>> = {};
const dataDirs: Partial<Record<"a" | "b", string>> = {};
const servers: Partial<Record<"a" | "b", SpawnedServer>> = {};

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await database.query<T>(text, values)).rows;
}

/** The repository's own database commands, as a release step runs them (once, not per server). */
async function databaseCommand(...args: string[]) {
  await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test" },
  });
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!serverUrl) throw new Error("two-servers.spec.ts needs PostgreSQL: run npm test with TEST_DATABASE_URL (or set E2E_DATABASE_URL)");
  const url = new URL(serverUrl);
  databaseName = `${url.pathname.slice(1)}_servers`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await dropDatabase(admin, databaseName);
    await admin.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  await databaseCommand("migrate");
  await databaseCommand("seed", "--demo");
  database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();

  bucketDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-s3-servers-"));
  bucket = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: bucketDir, configureBuckets: [{ name: "temu-uploads", configs: [] }] });
  bucketEndpoint = `http://127.0.0.1:${(await bucket.run()).port}`;

  const secret = `two-servers-${run}-`.padEnd(48, "x");
  for (const name of ["a", "b"] as const) {
    // A slow relay (150 ms per message), one per server, so a delivery shows who sent it.
    smtp[name] = await startSlowSmtpServer(150);
    dataDirs[name] = fs.mkdtempSync(path.join(os.tmpdir(), `temu-server-${name}-`));
    servers[name] = startServer(dataDirs[name], ports[name], {
      env: {
        NODE_ENV: undefined,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: secret,
        SMTP_URL: smtp[name].url,
        S3_BUCKET: "temu-uploads",
        S3_ENDPOINT: bucketEndpoint,
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_PREFIX: "dua-server/",
        TRUSTED_PROXIES: "127.0.0.1,::1",
        JOBS_IN_PROCESS: "true",
      },
    });
  }
  await Promise.all((["a", "b"] as const).map((name) => waitForHealth(ports[name], servers[name]!)));
});

test.afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => stop(server)));
  await Promise.all(Object.values(smtp).map((server) => server.close()));
  await bucket?.close();
  await database?.end();
  for (const dir of [bucketDir, ...Object.values(dataDirs)]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (serverUrl && databaseName) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await dropDatabase(admin, databaseName);
    await admin.end();
  }
});

async function jar(headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return request.newContext({ extraHTTPHeaders: headers });
}

test("a session made on one instance works on the other", async () => {
  const staff = await jar({ "x-forwarded-for": "203.0.113.201" });
  const anonymous = await jar();
  try {
    expect(await signIn(staff, A, "staf@temu-usaha.test", demoPassword)).toBe(true);
    const onA = (await (await staff.get(`${A}/api/auth/session`)).json()) as { userId?: string };
    const onB = (await (await staff.get(`${B}/api/auth/session`)).json()) as { userId?: string };
    expect(onB.userId).toBe(onA.userId);
    const page = await staff.get(`${B}/staf`, { maxRedirects: 0 });
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain("Area Staf");
    // Without the cookie B sends the visitor to sign in: the page above was the session's doing.
    expect((await anonymous.get(`${B}/staf`, { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
  } finally {
    await Promise.all([staff.dispose(), anonymous.dispose()]);
  }
});

async function createProduct(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.202" } });
  const page = await context.newPage();
  await page.goto(`${A}/masuk`);
  await submitSignIn(page, "kerupuk-ikan-mina-bandarharjo@ikm.temu-usaha.test");
  await expect(page).not.toHaveURL(/\/masuk/);
  // Signed in on A, the product is made on B.
  const name = `Kerupuk Dua Server ${run}`;
  await page.goto(`${B}/ikm/produk/baru`);
  await page.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true }).fill(name);
  await page.getByLabel("Deskripsi (Bahasa Indonesia)", { exact: true }).fill("Kerupuk ikan tenggiri mentah siap goreng, kemasan plastik 500 gram.");
  await page.getByLabel("Satuan", { exact: true }).fill("pak");
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page).toHaveURL(new RegExp(`^${B}/ikm/produk/[a-z0-9]+\\?baru=1$`));
  return { context, page, name, productPath: new URL(page.url()).pathname };
}

test("a photo uploaded through one instance is served by the other", async ({ browser }) => {
  const { context, page, name, productPath } = await createProduct(browser);
  try {
    await page.goto(`${A}${productPath}`);
    await page.getByLabel("Pilih foto").setInputFiles(path.join(fixtures, "product-photo.png"));
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect(page.getByText("Foto terunggah.")).toBeVisible();
    const src = await page.getByRole("img", { name: `Foto 1 dari ${name}` }).getAttribute("src");
    expect(src).toMatch(/^\/foto\/produk\/[a-z0-9]+\/small$/);

    const fromB = await context.request.get(`${B}${src}`);
    expect(fromB.status()).toBe(200);
    expect(fromB.headers()["content-type"]).toBe("image/webp");
    const fromA = await context.request.get(`${A}${src}`);
    expect(Buffer.compare(await fromA.body(), await fromB.body())).toBe(0);
    // In the bucket, and in neither server's own data directory.
    const listing = await (await fetch(`${bucketEndpoint}/temu-uploads?list-type=2&prefix=dua-server/`)).text();
    expect(listing).toMatch(/<Key>dua-server\/[^<]+<\/Key>/);
    for (const dir of Object.values(dataDirs)) expect(fs.existsSync(path.join(dir, "uploads"))).toBe(false);
  } finally {
    await context.close();
  }
});

test("every queued email is sent exactly once while both in-process workers run", async () => {
  const buyer = await jar({ "x-forwarded-for": "203.0.113.203" });
  try {
    expect(await signIn(buyer, B, "pembeli@temu-usaha.test", demoPassword)).toBe(true);
    const [product] = await query<{ slug: string }>(`SELECT slug FROM "Product" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
    const form = `/pembeli/pertanyaan/baru?produk=${product!.slug}`;
    const fields = hiddenFields(await (await buyer.get(`${A}${form}`)).text(), 'name="subject"');
    // Twelve inquiries, six through each server at once: each queues mail to the supplier and to
    // every staff member, and each answer waits while its server works the queue.
    const tags = Array.from({ length: 12 }, (_, index) => `antrian-${index}-${run}`);
    const answers = await Promise.all(
      tags.map((tag, index) => {
        const base = index % 2 === 0 ? A : B;
        return buyer.post(`${base}${form}`, {
          headers: { origin: base },
          multipart: { ...fields, subject: `Pertanyaan ${tag}`, body: `Mohon info harga grosir (${tag}).` },
          maxRedirects: 0,
          timeout: 60_000,
        });
      }),
    );
    expect(answers.map((answer) => answer.status() < 400)).toEqual(tags.map(() => true));
    const [inquiries] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM "Inquiry" WHERE subject LIKE $1`, [`Pertanyaan antrian-%-${run}`]);
    expect(inquiries!.count).toBe(tags.length);

    const jobs = () =>
      query<{ to: string; subject: string; done: boolean }>(
        `SELECT payload->'mail'->>'to' AS to, payload->'mail'->>'subject' AS subject, "doneAt" IS NOT NULL AS done FROM "Job" WHERE queue = 'email' AND payload->'mail'->>'subject' LIKE $1`,
        [`%antrian-%-${run}%`],
      );
    await expect.poll(async () => (await jobs()).filter((job) => !job.done).length, { timeout: 60_000 }).toBe(0);
    const expected = await jobs();
    // The supplier and each staff member, for every inquiry.
    expect(expected.length).toBeGreaterThan(tags.length);

    // What the two relays received, unfolded (quoted-printable soft breaks, folded headers).
    const delivered = (["a", "b"] as const).flatMap((name) =>
      smtp[name]!.received.map((message) => ({ via: name, to: message.recipients.join(","), text: message.raw.replace(/=\r\n/g, "").replace(/\r\n[ \t]+/g, " ") })),
    );
    const perMessage = new Map<string, number>();
    for (const job of expected) {
      const tag = tags.find((candidate) => job.subject.includes(candidate))!;
      perMessage.set(`${job.to} ${tag}`, delivered.filter((message) => message.to === job.to && message.text.includes(tag)).length);
    }
    expect([...perMessage.values()].filter((count) => count !== 1)).toEqual([]);
    expect(perMessage.size).toBe(expected.length);
    // Both workers took part.
    const via = (name: "a" | "b") => delivered.filter((message) => message.via === name && tags.some((tag) => message.text.includes(tag))).length;
    test.info().annotations.push({ type: "emails sent by A / B", description: `${via("a")} / ${via("b")}` });
    expect(via("a")).toBeGreaterThan(0);
    expect(via("b")).toBeGreaterThan(0);
    expect(via("a") + via("b")).toBe(expected.length);
  } finally {
    await buyer.dispose();
  }
});

test("sign-in limits are shared: failures on one instance count on the other", async () => {
  const guesser = await jar({ "x-forwarded-for": "203.0.113.204" });
  try {
    const email = `tebakan-${run}@contoh.test`;
    const failures = [];
    for (let attempt = 1; attempt <= 5; attempt++) failures.push(await postSignIn(guesser, attempt % 2 === 1 ? A : B, email, `salah-${attempt}-kata-sandi`));
    expect(failures).toEqual(Array.from({ length: 5 }, () => "CredentialsSignin"));
    expect(await postSignIn(guesser, B, email, "salah-6-kata-sandi")).toMatch(/^RateLimited:/);
    expect(await postSignIn(guesser, A, email, "salah-7-kata-sandi")).toMatch(/^RateLimited:/);
  } finally {
    await guesser.dispose();
  }
});

test("a matching run started on both instances at once runs once", async () => {
  const staff = await jar({ "x-forwarded-for": "203.0.113.205" });
  // Holds writes to the matches while both requests arrive, as a long run on a big event would:
  // the run that starts first is then still in progress when the other one starts.
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  try {
    expect(await signIn(staff, A, "staf@temu-usaha.test", demoPassword)).toBe(true);
    const fields = hiddenFields(await (await staff.get(`${A}/staf/pencocokan`)).text(), "Buat usulan pasangan");
    const eventId = fields.eventId!;
    expect(eventId).toBeTruthy();

    await holder.query(`BEGIN; LOCK TABLE "Match" IN SHARE ROW EXCLUSIVE MODE`);
    let settled = 0;
    const started = [A, B].map((base) =>
      staff.post(`${base}/staf/pencocokan`, { headers: { origin: base }, multipart: fields, timeout: 90_000 }).finally(() => (settled += 1)),
    );
    const waiting = async () =>
      (await query<{ count: number }>(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0]!.count;
    // Both runs have reached the database: one waits for the matches, the other waits too or has answered.
    await expect.poll(async () => (await waiting()) + settled, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await holder.query("COMMIT");
    const answers = await Promise.all(started);
    expect(answers.map((answer) => answer.status())).toEqual([200, 200]);
    // What each staff member reads under the button (the form's own message, not the page around it).
    const messages = await Promise.all(answers.map(async (answer) => formHtml(await answer.text(), "Buat usulan pasangan")));

    const runs = await query<{ id: string }>(`SELECT id FROM "AuditLog" WHERE action = 'match.generate' AND "entityId" = $1`, [eventId]);
    expect(runs).toHaveLength(1);
    expect(messages.filter((form) => form.includes("Usulan pasangan diperbarui."))).toHaveLength(1);
    expect(messages.filter((form) => form.includes("Pencocokan untuk acara ini sedang berjalan"))).toHaveLength(1);
    const [matches] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM "Match" WHERE "eventId" = $1`, [eventId]);
    expect(matches!.count).toBeGreaterThan(0);
  } finally {
    await holder.query("ROLLBACK").catch(() => undefined);
    await holder.end();
    await staff.dispose();
  }
});
