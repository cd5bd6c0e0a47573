import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database under .data and the Semarang office", () => {
    const env = parseEnv({});
    expect(env.usesEmbeddedDatabase).toBe(true);
    expect(env.embeddedDbDir).toBe(path.resolve(".data", "pglite"));
    expect(env.SITE_OFFICE_NAME).toBe("Dinas Perindustrian Kota Semarang");
    expect(env.appUrl).toBe("http://localhost:3000");
  });

  it("keeps uploads on disk unless S3 is configured, and then needs all of it", () => {
    expect(parseEnv({}).s3).toBeNull();
    const s3 = { S3_BUCKET: "unggahan", S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "kunci", S3_SECRET_ACCESS_KEY: "rahasia" };
    expect(parseEnv(s3).s3).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "unggahan",
      region: "us-east-1",
      accessKeyId: "kunci",
      secretAccessKey: "rahasia",
      prefix: "",
    });
    expect(() => parseEnv({ S3_BUCKET: "unggahan" })).toThrow(/S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together/);
    expect(() => parseEnv({ ...s3, S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT/);
    expect(() => parseEnv({ ...s3, S3_PREFIX: "../x" })).toThrow(/S3_PREFIX/);
  });

  it("keeps 7 backups unless BACKUP_KEEP says otherwise, and refuses a count that is not one", () => {
    expect(parseEnv({}).BACKUP_KEEP).toBe(7);
    expect(parseEnv({}).BACKUP_DIR).toBeUndefined();
    expect(parseEnv({ BACKUP_KEEP: "14", BACKUP_DIR: "/srv/backups" })).toMatchObject({ BACKUP_KEEP: 14, BACKUP_DIR: "/srv/backups" });
    for (const bad of ["0", "-1", "2.5", "tujuh"]) {
      expect(() => parseEnv({ BACKUP_KEEP: bad })).toThrow("Invalid configuration: BACKUP_KEEP: must be a whole number of backups from 1 to 9999");
    }
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).usesEmbeddedDatabase).toBe(true);
  });

  it("accepts a PostgreSQL URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db.example:5432/temu" });
    expect(env.usesEmbeddedDatabase).toBe(false);
  });

  it("names the variable in a one-line error", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://u:p@localhost/temu" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/^Invalid configuration: DATABASE_URL: must be a postgresql:\/\//);
    expect(() => parseEnv({ PORT: "seventy" })).toThrow(/PORT/);
    try {
      parseEnv({ SITE_EMAIL: "nope", APP_URL: "ftp:/x" });
    } catch (error) {
      expect((error as Error).message.split("\n")).toHaveLength(1);
      expect((error as Error).message).toMatch(/SITE_EMAIL/);
    }
  });

  it("lets another city configure its office", () => {
    const env = parseEnv({ SITE_OFFICE_NAME: "Dinas Perindustrian Kota Surakarta", SITE_CITY: "Kota Surakarta" });
    expect(env.SITE_OFFICE_NAME).toBe("Dinas Perindustrian Kota Surakarta");
    expect(env.SITE_CITY).toBe("Kota Surakarta");
  });

  it("keeps memory:// for an in-memory embedded database", () => {
    expect(parseEnv({ EMBEDDED_DB_DIR: "memory://" }).embeddedDbDir).toBe("memory://");
  });
});
