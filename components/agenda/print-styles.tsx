/**
 * Print rules for the print-only pages: the site's header, footer and skip link are left off
 * paper, and the page is A4 (landscape for the staff grid). Rendered by those pages only.
 */
export function PrintStyles({ landscape = false }: { landscape?: boolean }) {
  const css = `@page { size: A4 ${landscape ? "landscape" : "portrait"}; margin: 12mm; }
@media print {
  body > header, body > footer, body > a[href="#main"] { display: none !important; }
  body { background: #fff !important; }
  .print-page-break { break-after: page; }
  .print-avoid-break { break-inside: avoid; }
}`;
  return <style>{css}</style>;
}
