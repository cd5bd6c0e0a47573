// The drain step of a clean stop, on a real HTTP server: requests in flight finish and are
// answered, new connections are refused, and only then does the database close.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { requestsInFlight, shutDown, trackRequests } from "./shutdown";

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function slowServer(delayMs: number): Promise<number> {
  const server = http.createServer((_request, response) => {
    setTimeout(() => response.end("selesai"), delayMs);
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/** GET through `agent`, with an answer shaped like fetch's (text()). */
function get(port: number, path: string, agent: http.Agent): Promise<{ text: () => Promise<string> }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ text: async () => body }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("clean shutdown", () => {
  it("finishes the requests in flight, refuses new ones, then closes", async () => {
    trackRequests();
    const port = await slowServer(400);
    // Browsers keep connections alive: /b's connection must not serve another request after the stop.
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const inFlight = [fetch(`http://127.0.0.1:${port}/a`), get(port, "/b", keepAlive)];
    await expect.poll(() => requestsInFlight()).toBe(2);

    const log: string[] = [];
    const started = Date.now();
    const code = await shutDown("SIGTERM", (line) => log.push(line.trim()));

    expect(code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(requestsInFlight()).toBe(0);
    expect(await Promise.all(inFlight.map(async (response) => (await response).text()))).toEqual(["selesai", "selesai"]);
    expect(log).toEqual(["SIGTERM: no new requests; finishing 2 in flight", "Stopped (the database was never opened)"]);
    await expect(fetch(`http://127.0.0.1:${port}/c`)).rejects.toThrow();
    await expect(get(port, "/d", keepAlive), "a request on a kept-alive connection after the stop").rejects.toThrow();
    keepAlive.destroy();
  });
});
