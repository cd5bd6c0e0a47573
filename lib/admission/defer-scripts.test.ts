// The production server's script deferral (defer-scripts.ts) on pages shaped as Next 16 sends them:
// chunk tags and a preload in <head>, the bootstrap tag after the runtime's inline script in <body>.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { deferScripts, loaderScript } from "./defer-scripts";

const nonce = "MWFmMTMyODQtZmViMi00NWQwLWE3ODYtZWYzNGNkODM5ODBi";
const chunk = (name: string, withNonce: boolean) => `<script src="/_next/static/chunks/${name}.js" async=""${withNonce ? ` nonce="${nonce}"` : ""}></script>`;

function nextPage(withNonce: boolean): string {
  const n = withNonce ? ` nonce="${nonce}"` : "";
  return [
    `<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/>`,
    `<link rel="stylesheet" href="/_next/static/chunks/0i5ro41por7nc.css"${n} data-precedence="next"/>`,
    `<link rel="preload" as="script" fetchPriority="low"${n} href="/_next/static/chunks/boot.js"/>`,
    `<link rel="preload" as="image" href="/foto/a.webp"/>`,
    chunk("a", withNonce),
    chunk("b", withNonce),
    `<title>Masuk</title>`,
    `<script src="/_next/static/chunks/legacy.js" noModule=""${n}></script></head>`,
    `<body><main><h1>Masuk</h1><img src="/foto/a.webp" fetchPriority="high"/></main>`,
    `<script${n} id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({"otherChunks":[]})</script>`,
    `<script src="/_next/static/chunks/boot.js"${n} async=""></script>`,
    `<script${n}>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`,
  ].join("");
}

const scriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((found) => found[0]);

describe("deferring Next's scripts until after the first paint", () => {
  it("takes out every async chunk tag and Next's script preloads, keeping everything else", () => {
    const page = deferScripts(nextPage(true));
    expect(page).not.toMatch(/<script src="\/_next\/static\/chunks\/(a|b|boot)\.js"/);
    expect(page).not.toContain('as="script"');
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/0i5ro41por7nc.css"');
    expect(page).toContain('<link rel="preload" as="image" href="/foto/a.webp"/>');
    expect(page).toContain('src="/_next/static/chunks/legacy.js" noModule=""');
    expect(page).toContain("<title>Masuk</title>");
    expect(page).toContain("(self.__next_f=self.__next_f||[]).push([0])");
  });

  it("puts one loader, with the page's nonce, where the bootstrap tag was: after the runtime's inline script", () => {
    const page = deferScripts(nextPage(true));
    const tags = scriptTags(page);
    expect(tags).toEqual([
      `<script src="/_next/static/chunks/legacy.js" noModule="" nonce="${nonce}">`,
      `<script nonce="${nonce}" id="_R_">`,
      `<script nonce="${nonce}">`,
      `<script nonce="${nonce}">`,
    ]);
    const loader = page.slice(page.indexOf('id="_R_"'));
    expect(loader.indexOf('["/_next/static/chunks/a.js","/_next/static/chunks/b.js","/_next/static/chunks/boot.js"]')).toBeGreaterThan(0);
    expect(loader.indexOf("(function(){")).toBeLessThan(loader.indexOf("__next_f"));
    expect(page).toContain(`n="${nonce}"`);
  });

  it("gives a shared cached page (no nonce) a loader without one", () => {
    const page = deferScripts(nextPage(false));
    expect(page).not.toMatch(/<[^>]*\snonce="/);
    expect(page).toContain('n=""');
    expect(scriptTags(page)).toEqual(['<script src="/_next/static/chunks/legacy.js" noModule="">', '<script id="_R_">', "<script>", "<script>"]);
  });

  it("copies no nonce that is not one, and leaves other scripts and pages without chunks alone", () => {
    const hostile = nextPage(true).replaceAll(nonce, 'x" onload="alert(1)');
    const loader = /<script[^>]*>\(function\(\)\{var u=.*?\}\)\(\)<\/script>/.exec(deferScripts(hostile))?.[0];
    expect(loader).toMatch(/^<script>\(function\(\)\{/);
    expect(loader).toContain('n=""');
    expect(loader).not.toContain("alert");
    const other = `<html><head><script src="https://cdn.example/x.js" async=""></script><script src="/_next/static/chunks/a.js"></script></head><body></body></html>`;
    expect(deferScripts(other)).toBe(other);
    expect(deferScripts("<p>no head</p>")).toBe("<p>no head</p>");
  });

  it("is idempotent: a page already rewritten has nothing left to defer", () => {
    const once = deferScripts(nextPage(true));
    expect(deferScripts(once)).toBe(once);
  });

  it("puts the loader before </body> when the page has no bootstrap tag in its body", () => {
    const page = deferScripts(`<html><head>${chunk("a", false)}</head><body><p>x</p></body></html>`);
    expect(page).toMatch(/<p>x<\/p><script>\(function\(\)\{.*\}\)\(\)<\/script><\/body><\/html>$/);
  });

  it("writes a loader that parses as a script, whatever the sources hold", () => {
    expect(() => new vm.Script(loaderScript(["/_next/static/chunks/a.js"], nonce).replace(/^<script[^>]*>|<\/script>$/g, ""))).not.toThrow();
    expect(() => new vm.Script(loaderScript(['/_next/static/chunks/"];alert(1);//.js'], null).replace(/^<script[^>]*>|<\/script>$/g, ""))).not.toThrow();
  });
});
