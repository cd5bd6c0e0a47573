// The client address on the production server, from the TCP peer: Next.js itself keeps a
// client's own X-Forwarded-For (it only fills the header in when it is missing), so the server
// stamps each request with its socket's address (lib/http/socket-address.ts) and believes
// X-Forwarded-For only from TRUSTED_PROXIES (127.0.0.1 and ::1 in playwright.config.ts).
// This spec connects from 127.0.0.2, a loopback address that is not trusted, like a client on
// the internet, with forged headers.
import http from "node:http";
import { expect, test } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);

interface Reply {
  status: number;
  location: string;
  cookies: string[];
  body: string;
}

function send(localAddress: string, method: "GET" | "POST", path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, localAddress, method, path, headers }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          location: String(response.headers.location ?? ""),
          cookies: (response.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]!),
          body: text,
        }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** One sign-in through next-auth's credentials callback; returns the error it redirects with. */
async function signIn(localAddress: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const csrf = await send(localAddress, "GET", "/api/auth/csrf", headers);
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const form = new URLSearchParams({ csrfToken: token, email, password: "salah-kata-sandi-x", callbackUrl: "/" }).toString();
  const reply = await send(localAddress, "POST", "/api/auth/callback/credentials", {
    ...headers,
    cookie: csrf.cookies.join("; "),
    "content-type": "application/x-www-form-urlencoded",
  }, form);
  expect(reply.status).toBe(302);
  return new URL(reply.location, "http://localhost").searchParams.get("error") ?? "";
}

test("X-Forwarded-For from an untrusted peer is ignored: forged addresses do not escape the per-address limit", async () => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  for (let i = 0; i < 20; i++) {
    // A new forged address every time, in both headers a client could try.
    const forged = { "x-forwarded-for": `10.${i}.0.1`, "x-temu-socket-address": `10.${i}.0.2` };
    expect(await signIn("127.0.0.2", `tebak-${run}-${i}@contoh.test`, forged)).toBe("CredentialsSignin");
  }
  const forged = { "x-forwarded-for": "10.99.0.1", "x-temu-socket-address": "10.99.0.2" };
  expect(await signIn("127.0.0.2", `tebak-${run}-x@contoh.test`, forged)).toMatch(/^RateLimited:/);
  // A trusted proxy (127.0.0.1) forwarding another client: that client is not limited.
  expect(await signIn("127.0.0.1", `tebak-${run}-y@contoh.test`, { "x-forwarded-for": "10.99.0.1, 198.51.100.77" })).toBe("CredentialsSignin");
});
