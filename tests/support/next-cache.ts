// Vitest resolves `next/cache` here (vitest.config.mts): outside Next there is no cache to
// revalidate, so the calls are recorded and a test can assert what an action revalidated.

export interface Revalidation {
  kind: "path" | "tag";
  target: string;
  type?: string;
}

const key = Symbol.for("temu.tests.revalidations");
const holder = globalThis as typeof globalThis & { [key]?: Revalidation[] };

/** What the code revalidated since the last resetRevalidations(), in order. */
export function revalidations(): Revalidation[] {
  return (holder[key] ??= []);
}

export function resetRevalidations(): void {
  holder[key] = [];
}

export function revalidatePath(path: string, type?: "layout" | "page"): void {
  revalidations().push({ kind: "path", target: path, type });
}

export function revalidateTag(tag: string, profile?: string | { expire?: number }): void {
  revalidations().push({ kind: "tag", target: tag, type: typeof profile === "string" ? profile : undefined });
}
