// CSV as offices save it: comma or semicolon separated (Excel in an Indonesian locale writes
// semicolons), quoted fields with doubled quotes and line breaks inside, CRLF or LF, UTF-8 with
// or without a BOM (Windows-1252 when the bytes are not UTF-8). Pure.

/** The text of the bytes: UTF-8 (BOM dropped), or Windows-1252 when the bytes are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** The separator of the first line: the one of ";", "," and tab found most often outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[";", 0], [",", 0], ["\t", 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  let most = 0;
  for (const [delimiter, count] of counts) {
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/**
 * The records of the text; stops with `tooMany` once more than `maxRecords` are read, so a huge
 * file is refused without being parsed whole.
 */
export function parseCsv(text: string, maxRecords = Number.POSITIVE_INFINITY): { records: string[][]; tooMany: boolean } {
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = "";
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field.trim() === "") {
      field = "";
      quoted = true;
    } else if (char === delimiter) {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
      if (records.length > maxRecords) return { records, tooMany: true };
    } else field += char;
    i += 1;
  }
  if (field !== "" || record.length > 0) endRecord();
  return { records, tooMany: records.length > maxRecords };
}
