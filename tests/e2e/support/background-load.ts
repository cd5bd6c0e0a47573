// Traffic that keeps a spawned server busy while a fault is injected: anonymous readers of the
// public pages, and a signed-in admin sending invitations through the server-rendered form, as a
// browser without JavaScript posts it. Every answer is recorded, so a spec can say which ones
// were 5xx other than 503, which 503 lacked Retry-After, and which writes were acknowledged.
import { randomBytes } from "node:crypto";
import { type CookieJar, formFields, postForm } from "../../../scripts/bench/load-http";

export interface BackgroundLoad {
  /** Stops the clients and waits for their last answers. */
  stop: () => Promise<void>;
  statuses: Map<number, number>;
  /** Answers that were neither 2xx/3xx nor a 503 with Retry-After, with what they said. */
  unexpected: { url: string; status: number; body: string }[];
  /** Emails whose invitation the server said it sent. */
  acknowledged: string[];
  /** Writes refused with the form's "coba lagi" message (the database was away). */
  refusedWithRetry: number;
  networkErrors: number;
}

const readerPaths = ["/", "/katalog", "/katalog?q=batik", "/katalog?q=bandeng+prestp", "/acara", "/katalog/pemasok"];

export function startBackgroundLoad(base: string, admin: CookieJar, options: { readers: number; writers: number }): BackgroundLoad {
  let running = true;
  const load: BackgroundLoad = { stop: async () => undefined, statuses: new Map(), unexpected: [], acknowledged: [], refusedWithRetry: 0, networkErrors: 0 };
  const note = (url: string, response: Response, body: string) => {
    load.statuses.set(response.status, (load.statuses.get(response.status) ?? 0) + 1);
    const shed = response.status === 503 && Number(response.headers.get("retry-after")) > 0;
    if (response.status >= 400 && !shed) load.unexpected.push({ url, status: response.status, body: body.slice(0, 400) });
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

  async function reader(index: number) {
    for (let i = index; running; i += 1) {
      const url = `${base}${readerPaths[i % readerPaths.length]}`;
      try {
        const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
        note(url, response, await response.text());
      } catch {
        load.networkErrors += 1;
      }
      await pause();
    }
  }

  async function writer() {
    while (running) {
      const url = `${base}/admin/undang`;
      try {
        const page = await fetch(url, { headers: { cookie: admin.header() }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        const html = await page.text();
        if (page.status !== 200) {
          note(url, page, html);
          await pause();
          continue;
        }
        const email = `latar-${randomBytes(5).toString("hex")}@temu-usaha.test`;
        const fields = formFields(html, 'name="email"');
        fields.set("email", email);
        fields.set("name", "Staf Beban Latar");
        fields.set("role", "STAFF");
        fields.set("partnerOrganizationId", "");
        const answer = await postForm(url, base, admin, fields);
        const body = await answer.text();
        note(url, answer, body);
        if (answer.status === 200 && body.includes(`Undangan terkirim ke ${email}.`)) load.acknowledged.push(email);
        else if (answer.status === 200 && /coba lagi/i.test(body)) load.refusedWithRetry += 1;
      } catch {
        load.networkErrors += 1;
      }
      await pause();
    }
  }

  const clients = [
    ...Array.from({ length: options.readers }, (_, index) => reader(index)),
    ...Array.from({ length: options.writers }, () => writer()),
  ];
  load.stop = async () => {
    running = false;
    await Promise.all(clients);
  };
  return load;
}
