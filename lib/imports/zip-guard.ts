// Checks an XLSX archive before exceljs unpacks it whole into memory: a 20 MB upload can unpack
// to gigabytes (a ZIP bomb). Each entry named in the central directory is inflated here with a
// ceiling on its output, so what an entry's header claims does not matter; the total unpacked
// size must stay under maxUnpackedBytes. Entries stored without compression count as they are.
import zlib from "node:zlib";

/** Far more than a 20,000-row sheet of the widest import needs (about 40 MB of sheet XML). */
export const maxUnpackedBytes = 120 * 1024 * 1024;

export type ZipVerdict = "ok" | "tooLarge" | "unreadable";

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localEntry = 0x04034b50;

function findEndRecord(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (bytes.readUInt32LE(at) === endOfDirectory) return at;
  }
  return -1;
}

export function checkZipArchive(input: Uint8Array, limit = maxUnpackedBytes): ZipVerdict {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 22) return "unreadable";
  const end = findEndRecord(bytes);
  if (end < 0) return "unreadable";
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: no spreadsheet of 20 MB needs them.
  if (entries === 0xffff || at === 0xffffffff) return "unreadable";
  let budget = limit;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== directoryEntry) return "unreadable";
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localAt = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (localAt + 30 > bytes.length || bytes.readUInt32LE(localAt) !== localEntry) return "unreadable";
    const dataAt = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    if (dataAt + packedSize > bytes.length) return "unreadable";
    const packed = bytes.subarray(dataAt, dataAt + packedSize);
    if (method === 0) {
      budget -= packed.length;
    } else if (method === 8) {
      try {
        budget -= zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return "tooLarge";
        return "unreadable";
      }
    } else {
      return "unreadable";
    }
    if (budget < 0) return "tooLarge";
  }
  return "ok";
}
