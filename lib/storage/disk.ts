// Uploads on disk under DATA_DIR/uploads (the default). No key can reach outside that directory.
import fs from "node:fs/promises";
import path from "node:path";
import { isValidUploadKey, type StoredFile, type UploadStore } from "./keys";

export function diskStore(root: string): UploadStore {
  const filePath = (key: string): string => {
    if (!isValidUploadKey(key)) throw new Error("Invalid upload key");
    const full = path.resolve(root, key);
    if (!full.startsWith(root + path.sep)) throw new Error("Invalid upload key");
    return full;
  };
  const typeFile = (full: string) => `${full}.type`;

  return {
    async put(key, bytes, contentType) {
      const full = filePath(key);
      await fs.mkdir(path.dirname(full), { recursive: true });
      await fs.writeFile(full, bytes, { flag: "wx" });
      await fs.writeFile(typeFile(full), contentType, { flag: "w" });
    },
    async get(key): Promise<StoredFile | null> {
      const full = filePath(key);
      try {
        const [bytes, contentType] = await Promise.all([fs.readFile(full), fs.readFile(typeFile(full), "utf8")]);
        return { bytes: new Uint8Array(bytes), contentType: contentType.trim() };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      const full = filePath(key);
      await Promise.all([fs.rm(full, { force: true }), fs.rm(typeFile(full), { force: true })]);
    },
  };
}
