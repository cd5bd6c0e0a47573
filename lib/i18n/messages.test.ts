import { describe, expect, it } from "vitest";
import { catalogs } from "./messages";

const { id, en } = catalogs;

type Catalog = { [key: string]: string | Catalog };

/** Every leaf key as a dotted path, e.g. "Home.hero.heading". */
function keyPaths(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path] : keyPaths(value, path);
  });
}

function leaves(catalog: Catalog): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (node: Catalog, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === "string") result.set(path, value);
      else walk(value, path);
    }
  };
  walk(catalog, "");
  return result;
}

/**
 * ICU argument names used in a message, e.g. {office} and the {count, plural, ...} selector.
 * Argument names are lower camelCase by convention, which tells them apart from nested
 * literal branches such as the "{IV}" of a select.
 */
function argumentNames(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([a-z][A-Za-z0-9_]*)\s*[,}]/g)].map((match) => match[1] ?? "");
  return [...new Set(names)].sort();
}

describe("message catalogs", () => {
  it("have exactly the same keys in Indonesian and English", () => {
    const idKeys = keyPaths(id).sort();
    const enKeys = keyPaths(en).sort();
    expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([]);
    expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys).toEqual(idKeys);
  });

  it("use the same placeholders in both languages", () => {
    const english = leaves(en);
    const mismatched = [...leaves(id)].filter(
      ([key, message]) => JSON.stringify(argumentNames(message)) !== JSON.stringify(argumentNames(english.get(key) ?? "")),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("have no empty messages", () => {
    const empty = [...leaves(id), ...leaves(en)].filter(([, message]) => message.trim() === "");
    expect(empty).toEqual([]);
  });
});
