import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation, sqlState } from "./db-errors";

const known = (code: string, meta: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "test", meta });

describe("isUniqueViolation", () => {
  it("names the column from meta.target or from the driver adapter's constraint", () => {
    expect(isUniqueViolation(known("P2002", { target: ["email"] }), "email")).toBe(true);
    expect(isUniqueViolation(known("P2002", { target: "User_email_key" }), "email")).toBe(true);
    expect(isUniqueViolation(known("P2002", { driverAdapterError: { cause: { constraint: { fields: ['"email"'] } } } }), "email")).toBe(true);
  });

  it("is false for another column, another error code or another error", () => {
    expect(isUniqueViolation(known("P2002", { target: ["slug"] }), "email")).toBe(false);
    expect(isUniqueViolation(known("P2025", { target: ["email"] }), "email")).toBe(false);
    expect(isUniqueViolation(new Error("email"), "email")).toBe(false);
  });
});

describe("sqlState", () => {
  it("finds PostgreSQL's SQLSTATE wherever the adapter nested it, skipping Prisma's P codes", () => {
    expect(sqlState({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "23P01" } } } })).toBe("23P01");
    expect(sqlState({ cause: { code: "23505" } })).toBe("23505");
  });

  it("is undefined when there is none, and survives a cycle", () => {
    const looped: Record<string, unknown> = { code: "P2010" };
    looped.cause = looped;
    expect(sqlState(looped)).toBeUndefined();
    expect(sqlState("23505")).toBeUndefined();
    expect(sqlState(null)).toBeUndefined();
  });
});
