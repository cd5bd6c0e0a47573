// The admission control on a real HTTP server (node:http, the way Next's server is wrapped),
// with a handler that holds each request as a slow page render would.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { reportDatabaseError, reportDatabaseSuccess, resetDatabaseAvailability } from "@/lib/db-availability";
import { type AdmissionOptions, createAdmission } from "./admission";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const servers: http.Server[] = [];

afterEach(async () => {
  resetDatabaseAvailability();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(options: Partial<AdmissionOptions>, handler: Handler) {
  const admission = createAdmission({
    maxConcurrent: 2,
    queueSize: 2,
    queueTimeoutMs: 300,
    failureWindowMs: 10_000,
    probeIntervalMs: 50,
    probe: async () => undefined,
    ...options,
  });
  const server = http.createServer((request, response) => admission.handle(request, response, () => handler(request, response)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { admission, base };
}

const slowPage: Handler = (_request, response) => {
  setTimeout(() => {
    response.setHeader("Content-Type", "text/html");
    response.end("<p>halaman</p>");
  }, 600);
};

async function get(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text() };
}

describe("admission control", () => {
  it("answers 200 or 503 with Retry-After and the Indonesian page past its limit, and 200 again once the load drops", async () => {
    const { admission, base } = await serve({}, slowPage);
    const answers = await Promise.all(Array.from({ length: 12 }, () => get(`${base}/katalog`)));
    for (const answer of answers) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) {
        expect(answer.retryAfter).toBe("1");
        expect(answer.body).toContain("Layanan sedang sibuk / tidak tersedia");
        expect(answer.body).not.toContain("The service is busy");
      }
    }
    // Two at once, each waiting in line at most 0.3 s: the first two are served, the rest shed.
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(2);
    expect(admission.state()).toEqual({ active: 0, waiting: 0 });
    expect((await get(`${base}/katalog`)).status).toBe(200);
  });

  it("serves a request that waited in line when a place frees in time", async () => {
    const { base } = await serve({ maxConcurrent: 1, queueTimeoutMs: 2_000 }, slowPage);
    const answers = await Promise.all([get(`${base}/a`), get(`${base}/b`)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
  });

  it("adds the English text for a visitor who chose English", async () => {
    const { base } = await serve({ maxConcurrent: 1, queueSize: 0 }, slowPage);
    const [, shed] = await Promise.all([get(`${base}/a`), new Promise((resolve) => setTimeout(resolve, 100)).then(() => get(`${base}/b`, { headers: { cookie: "NEXT_LOCALE=en" } }))]);
    expect(shed.status).toBe(503);
    expect(shed.body).toContain("Layanan sedang sibuk / tidak tersedia");
    expect(shed.body).toContain("The service is busy / unavailable");
  });

  it("never sheds a write: a POST past the limit waits, then runs", async () => {
    const { base } = await serve({ maxConcurrent: 1, queueSize: 0, queueTimeoutMs: 100 }, slowPage);
    const answers = await Promise.all([get(`${base}/a`, { method: "POST" }), get(`${base}/b`, { method: "POST" }), get(`${base}/c`, { method: "POST" })]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
  });

  it("turns a 500 written just after a database failure into the 503 page, and leaves other 500s alone", async () => {
    const failingPage: Handler = (request, response) => {
      if (request.url === "/pool") reportDatabaseError(new Error("timeout exceeded when trying to connect"));
      response.statusCode = 500;
      response.setHeader("Content-Type", "text/html");
      response.write("<pre>Error: stack trace</pre>");
      response.end();
    };
    const { base } = await serve({}, failingPage);
    expect((await get(`${base}/bug`)).status).toBe(500);
    const replaced = await get(`${base}/pool`);
    expect(replaced.status).toBe(503);
    expect(replaced.retryAfter).toBe("1");
    expect(replaced.body).toContain("Layanan sedang sibuk");
    expect(replaced.body).not.toContain("stack trace");
  });

  it("leaves what the handler wraps around the response in place (Next compresses its answers)", async () => {
    // As Next's compression does: write and end replaced by a gzip stream that feeds the ones before.
    const compressingPage: Handler = (_request, response) => {
      const write = response.write.bind(response) as (chunk: Buffer) => boolean;
      const end = response.end.bind(response) as () => ServerResponse;
      const gzip = zlib.createGzip();
      gzip.on("data", (chunk: Buffer) => write(chunk));
      gzip.on("end", () => end());
      response.write = ((chunk: string) => gzip.write(chunk)) as ServerResponse["write"];
      response.end = ((chunk?: string) => {
        if (chunk) gzip.write(chunk);
        gzip.end();
        return response;
      }) as ServerResponse["end"];
      response.setHeader("Content-Encoding", "gzip");
      response.statusCode = 200;
      response.write("<p>halaman ");
      setTimeout(() => response.end("terkompresi</p>"), 20);
    };
    const { base } = await serve({}, compressingPage);
    expect(await get(`${base}/katalog`)).toMatchObject({ status: 200, body: "<p>halaman terkompresi</p>" });
  });

  it("answers page views 503 at once while the database is down, and 200 after a probe succeeds", async () => {
    let probes = 0;
    let databaseBack = false;
    const probe = async () => {
      probes += 1;
      if (!databaseBack) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      reportDatabaseSuccess();
    };
    const { base } = await serve({ probe }, (_request, response) => response.end("ok"));
    reportDatabaseError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    const during = await get(`${base}/`);
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe("1");
    expect((await get(`${base}/api/health`)).status).toBe(200); // the health probe always passes through
    databaseBack = true;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await get(`${base}/`); // starts a probe
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await get(`${base}/`)).status).toBe(200);
    expect(probes).toBeGreaterThanOrEqual(2);
  });
});
