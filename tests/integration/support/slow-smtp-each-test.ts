// A fresh slow SMTP server (./slow-smtp.ts) for every test of a file, named in SMTP_URL so the
// app sends its mail there, and a clean database before each. Vitest-only: the e2e specs use
// ./slow-smtp.ts directly.
import { afterEach, beforeEach } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { resetData } from "../reset";
import { type SlowSmtpServer, startSlowSmtpServer } from "./slow-smtp";

/** Registers the hooks; call the returned function inside a test for that test's server. */
export function slowSmtpForEachTest(sendMs: number): () => SlowSmtpServer {
  let smtp: SlowSmtpServer | undefined;
  beforeEach(async () => {
    await resetData();
    smtp = await startSlowSmtpServer(sendMs);
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
  });
  afterEach(async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    await smtp?.close();
    smtp = undefined;
  });
  return () => {
    if (!smtp) throw new Error("the slow SMTP server runs only inside a test");
    return smtp;
  };
}
