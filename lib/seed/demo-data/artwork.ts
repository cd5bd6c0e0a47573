// Pictures for the demo catalogue, drawn in code since nothing can be downloaded here: one look
// per product line (batik motifs, woven cloth, clothing, leather, food packaging, drinks,
// furniture, paper goods, household goods, clay, metal work, craft), three variants each, as SVG
// that lib/seed/demo-photos.ts rasterises through the upload pipeline. No text (no fonts needed).
// Deterministic: the same product always gets the same picture. Pure.

export const demoLines = ["batik", "textile", "fashion", "leather", "food", "drink", "wood", "paper", "household", "clay", "metal", "craft"] as const;
export type DemoLine = (typeof demoLines)[number];

export const variantsPerLine = 3;
export const artworkSize = { width: 640, height: 480 } as const;

const linesByDivision: Record<string, DemoLine> = {
  "10": "food", "11": "drink", "13": "textile", "14": "fashion", "15": "leather", "16": "wood", "31": "wood",
  "17": "paper", "18": "paper", "20": "household", "21": "household", "22": "household", "23": "clay",
  "24": "metal", "25": "metal", "28": "metal", "29": "metal", "30": "metal", "33": "metal", "32": "craft",
};

/** The product line of a product or enterprise from its KBLI code (and its name, for batik). */
export function lineOf(kbli: string | null, name: string): DemoLine {
  if (/batik/i.test(name) || kbli?.startsWith("1313")) return "batik";
  return (kbli && linesByDivision[kbli.slice(0, 2)]) || "craft";
}

/** A stable variant (0..2) from a slug: FNV-1a. */
export function variantOf(slug: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < slug.length; index += 1) hash = Math.imul(hash ^ slug.charCodeAt(index), 0x01000193) >>> 0;
  return hash % variantsPerLine;
}

type Palette = readonly [background: string, main: string, accent: string, line: string];

const palettes: Record<DemoLine, readonly Palette[]> = {
  batik: [["#f3e4c4", "#5b3a1e", "#a0522d", "#2b1a0c"], ["#1f2f5c", "#f1e6cf", "#c9a35b", "#0f1833"], ["#efe6d5", "#7a2e1f", "#2f4f4f", "#3b1c12"]],
  textile: [["#f5efe6", "#2f4f6f", "#b5523b", "#1d2d3f"], ["#e9f0ec", "#3f6f52", "#d9a441", "#23412f"], ["#f4ecef", "#7b3f61", "#3c5a8a", "#46243a"]],
  fashion: [["#e8eef5", "#27476e", "#c98b2b", "#15263c"], ["#f6ede4", "#8a3b2c", "#e0b35a", "#4a1f17"], ["#edf3ea", "#2f5d3a", "#f2d08a", "#1a3420"]],
  leather: [["#f2ebe3", "#7b4a2a", "#c7955f", "#3d2414"], ["#e9ecef", "#3b2f2a", "#a67c52", "#1f1815"], ["#f5eee6", "#9c5b2e", "#5b3a1e", "#4a2a14"]],
  food: [["#fff4e0", "#d9622b", "#2f7d4a", "#5a2a10"], ["#eef7ec", "#2f7d4a", "#f2b134", "#1d4a2c"], ["#fdeeee", "#b8322a", "#f6d365", "#5a1612"]],
  drink: [["#eaf4f7", "#2a6f8a", "#e58f3a", "#163d4c"], ["#f7f0e6", "#6b3e1f", "#d9a441", "#3a210f"], ["#eef6ee", "#3d8a4a", "#e5533c", "#1f4a27"]],
  wood: [["#f1ebe2", "#9a6a3c", "#6b4423", "#4a2e16"], ["#e9eef0", "#b07d4f", "#3f5f6f", "#5a3b1f"], ["#f6efe5", "#7c4f2b", "#c9a27a", "#3d2513"]],
  paper: [["#eef2f6", "#c79a5b", "#3b6ea5", "#5a4326"], ["#f6f2ea", "#a97b43", "#c0392b", "#4f381d"], ["#edf4ef", "#b38b59", "#2e7d5b", "#533f28"]],
  household: [["#eaf3f8", "#3a88b8", "#f0c23b", "#1d4a66"], ["#f6eef5", "#a04a8c", "#68b0ab", "#4d1f43"], ["#eff6ea", "#4e9a3f", "#f28c28", "#244a1d"]],
  clay: [["#f4ebe4", "#b5562f", "#7a3a1e", "#4f2411"], ["#efeae6", "#9b4a2b", "#d4a373", "#3f1f12"], ["#f3efe9", "#c0643b", "#6f7d5c", "#522814"]],
  metal: [["#e6eaee", "#5d6d7e", "#d35400", "#2c3a47"], ["#ecefe9", "#4a5a4f", "#c9a227", "#252e28"], ["#eceaf0", "#6c6f7d", "#2f80ed", "#33353f"]],
  craft: [["#f5eedc", "#b0823c", "#6e8b3d", "#5a3f16"], ["#f1ece6", "#8b5e34", "#c44536", "#45301a"], ["#eef1ea", "#a6762f", "#3b7a9a", "#4f3714"]],
};

const repeat = (count: number, draw: (index: number) => string) => Array.from({ length: count }, (_, index) => draw(index)).join("");

function batik(variant: number, [, main, accent, line]: Palette): string {
  if (variant === 0) {
    // Kawung: four petals round a point, in a grid.
    return repeat(48, (index) => {
      const x = 40 + (index % 8) * 80;
      const y = 40 + Math.floor(index / 8) * 80;
      const petal = (dx: number, dy: number, rotate: number) => `<ellipse cx="${x + dx}" cy="${y + dy}" rx="24" ry="13" transform="rotate(${rotate} ${x + dx} ${y + dy})" fill="${main}" stroke="${line}" stroke-width="3"/>`;
      return petal(0, -20, 90) + petal(0, 20, 90) + petal(-20, 0, 0) + petal(20, 0, 0) + `<circle cx="${x}" cy="${y}" r="5" fill="${accent}"/>`;
    });
  }
  if (variant === 1) {
    // Parang: diagonal bands of linked curves.
    return repeat(14, (index) => {
      const offset = -480 + index * 80;
      const curves = repeat(9, (step) => `<path d="M${offset + step * 60} ${step * 60} q30 -10 30 30 q0 40 30 30" fill="none" stroke="${accent}" stroke-width="8"/>`);
      return `<path d="M${offset} 0 L${offset + 480} 480" stroke="${main}" stroke-width="26"/>${curves}`;
    });
  }
  // Truntum: small stars of dots.
  return repeat(63, (index) => {
    const x = 35 + (index % 9) * 72 + (Math.floor(index / 9) % 2) * 36;
    const y = 34 + Math.floor(index / 9) * 70;
    const dots = repeat(8, (dot) => `<circle cx="${(x + 18 * Math.cos((dot * Math.PI) / 4)).toFixed(1)}" cy="${(y + 18 * Math.sin((dot * Math.PI) / 4)).toFixed(1)}" r="5" fill="${main}"/>`);
    return `${dots}<circle cx="${x}" cy="${y}" r="7" fill="${accent}" stroke="${line}" stroke-width="2"/>`;
  });
}

function textile(variant: number, [, main, accent]: Palette): string {
  const step = 36 + variant * 12;
  const rows = repeat(Math.ceil(480 / step), (index) => `<rect x="0" y="${index * step}" width="640" height="${step / 2}" fill="${index % 3 === 0 ? accent : main}" opacity="0.75"/>`);
  const columns = repeat(Math.ceil(640 / step), (index) => `<rect x="${index * step}" y="0" width="${step / 3}" height="480" fill="${index % 2 ? main : accent}" opacity="0.45"/>`);
  return rows + columns;
}

function fashion(variant: number, [, main, accent, line]: Palette): string {
  const dots = repeat(24, (index) => `<circle cx="${60 + (index % 6) * 104}" cy="${50 + Math.floor(index / 6) * 120}" r="10" fill="${accent}" opacity="0.35"/>`);
  const collar = variant === 1 ? `<path d="M290 95 L320 150 L350 95" fill="none" stroke="${line}" stroke-width="6"/>` : `<path d="M285 95 Q320 135 355 95" fill="${accent}" stroke="${line}" stroke-width="4"/>`;
  const pattern = variant === 2 ? repeat(5, (index) => `<path d="M230 ${170 + index * 45} h180" stroke="${accent}" stroke-width="10"/>`) : repeat(6, (index) => `<circle cx="${262 + (index % 3) * 58}" cy="${200 + Math.floor(index / 3) * 90}" r="16" fill="${accent}"/>`);
  return `${dots}<path d="M250 90 L180 130 L140 220 L200 240 L220 190 L220 420 L420 420 L420 190 L440 240 L500 220 L460 130 L390 90 Q320 120 250 90 Z" fill="${main}" stroke="${line}" stroke-width="5"/>${pattern}${collar}`;
}

function leather(variant: number, [, main, accent, line]: Palette): string {
  if (variant === 2) {
    // A pair of shoes.
    const shoe = (x: number) => `<path d="M${x} 330 q0 -60 50 -70 l40 -10 q40 30 110 50 q30 10 30 40 v20 h-230 Z" fill="${main}" stroke="${line}" stroke-width="5"/><path d="M${x} 360 h230" stroke="${accent}" stroke-width="10"/>`;
    return shoe(80) + shoe(330);
  }
  const handle = `<path d="M250 190 Q250 100 320 100 Q390 100 390 190" fill="none" stroke="${line}" stroke-width="14"/>`;
  const flap = variant === 1 ? `<path d="M190 190 h260 v70 q-130 50 -260 0 Z" fill="${accent}" stroke="${line}" stroke-width="4"/>` : `<rect x="300" y="230" width="40" height="26" rx="6" fill="${accent}"/>`;
  return `${handle}<rect x="170" y="180" width="300" height="220" rx="28" fill="${main}" stroke="${line}" stroke-width="6"/>${flap}`;
}

function food(variant: number, [, main, accent, line]: Palette): string {
  const table = `<rect x="0" y="380" width="640" height="100" fill="${line}" opacity="0.15"/>`;
  if (variant === 0) {
    // A stand-up pouch with a window and a zip.
    return `${table}<path d="M210 90 h220 l20 300 h-260 Z" fill="${main}" stroke="${line}" stroke-width="5"/><path d="M215 125 h210" stroke="${line}" stroke-width="4" stroke-dasharray="10 6"/><ellipse cx="320" cy="270" rx="70" ry="55" fill="#fffaf0" stroke="${line}" stroke-width="4"/>${repeat(7, (index) => `<circle cx="${285 + (index % 4) * 24}" cy="${252 + Math.floor(index / 4) * 30}" r="10" fill="${accent}"/>`)}<rect x="230" y="160" width="180" height="34" rx="6" fill="${accent}"/>`;
  }
  if (variant === 1) {
    // A box with a lid band, and a second one behind it.
    return `${table}<rect x="120" y="170" width="240" height="200" rx="8" fill="${accent}" stroke="${line}" stroke-width="5" opacity="0.8"/><rect x="260" y="140" width="280" height="240" rx="8" fill="${main}" stroke="${line}" stroke-width="5"/><rect x="260" y="200" width="280" height="40" fill="${accent}"/><circle cx="400" cy="300" r="44" fill="#fffaf0" stroke="${line}" stroke-width="4"/>`;
  }
  // Jars with lids.
  const jar = (x: number, height: number) => `<rect x="${x}" y="${380 - height}" width="130" height="${height}" rx="22" fill="${main}" stroke="${line}" stroke-width="5"/><rect x="${x + 10}" y="${360 - height}" width="110" height="30" rx="6" fill="${accent}" stroke="${line}" stroke-width="4"/><rect x="${x + 15}" y="${420 - height}" width="100" height="50" rx="6" fill="#fffaf0"/>`;
  return table + jar(150, 190) + jar(360, 230);
}

function drink(variant: number, [, main, accent, line]: Palette): string {
  const bottle = (x: number, scale: number) => {
    const top = 380 - 280 * scale;
    return `<path d="M${x + 35} ${top} h30 v${40 * scale} q35 ${20 * scale} 35 ${70 * scale} v${170 * scale} q0 10 -10 10 h-80 q-10 0 -10 -10 v-${170 * scale} q0 -${50 * scale} 35 -${70 * scale} Z" fill="${main}" stroke="${line}" stroke-width="5"/><rect x="${x + 10}" y="${top + 150 * scale}" width="80" height="${60 * scale}" fill="${accent}"/>`;
  };
  const cup = variant === 2 ? `<path d="M420 250 h120 l-15 130 h-90 Z" fill="${accent}" stroke="${line}" stroke-width="5"/>` : bottle(420, 0.85);
  return `<rect x="0" y="380" width="640" height="100" fill="${line}" opacity="0.15"/>${bottle(150, 1)}${bottle(290, variant === 1 ? 0.7 : 0.95)}${cup}`;
}

function wood(variant: number, [, main, accent, line]: Palette): string {
  const grain = (x: number, y: number, width: number, height: number) => repeat(Math.floor(height / 14), (index) => `<path d="M${x + 8} ${y + 10 + index * 14} q${width / 2} ${index % 2 ? 6 : -6} ${width - 16} 0" fill="none" stroke="${line}" stroke-width="1.5" opacity="0.45"/>`);
  if (variant === 0) {
    // A chair.
    return `<rect x="230" y="80" width="30" height="320" fill="${main}"/><rect x="380" y="230" width="30" height="170" fill="${main}"/><rect x="260" y="80" width="120" height="120" fill="${accent}" stroke="${line}" stroke-width="4"/>${grain(260, 80, 120, 120)}<rect x="220" y="220" width="200" height="30" fill="${main}" stroke="${line}" stroke-width="4"/><rect x="230" y="250" width="30" height="150" fill="${main}"/>`;
  }
  if (variant === 1) {
    // A table.
    return `<rect x="120" y="180" width="400" height="40" fill="${main}" stroke="${line}" stroke-width="4"/>${grain(120, 180, 400, 40)}<rect x="145" y="220" width="30" height="190" fill="${accent}"/><rect x="465" y="220" width="30" height="190" fill="${accent}"/>`;
  }
  // A cabinet.
  return `<rect x="200" y="80" width="240" height="320" fill="${main}" stroke="${line}" stroke-width="5"/>${grain(200, 80, 240, 320)}<path d="M320 80 v320" stroke="${line}" stroke-width="4"/><circle cx="305" cy="240" r="7" fill="${accent}"/><circle cx="335" cy="240" r="7" fill="${accent}"/><rect x="210" y="400" width="25" height="30" fill="${line}"/><rect x="405" y="400" width="25" height="30" fill="${line}"/>`;
}

function paper(variant: number, [, main, accent, line]: Palette): string {
  const box = (x: number, y: number, width: number) => `<rect x="${x}" y="${y}" width="${width}" height="${width * 0.7}" fill="${main}" stroke="${line}" stroke-width="4"/><path d="M${x + width / 2 - 12} ${y} v${width * 0.7}" stroke="${accent}" stroke-width="8" opacity="0.8"/>`;
  if (variant === 2) return repeat(6, (index) => `<rect x="${150 + index * 12}" y="${110 + index * 10}" width="300" height="220" fill="${index % 2 ? "#ffffff" : accent}" stroke="${line}" stroke-width="3"/>`);
  return variant === 0 ? box(140, 240, 200) + box(340, 240, 180) + box(220, 100, 200) : box(170, 150, 300) + box(120, 300, 140);
}

function household(variant: number, [, main, accent, line]: Palette): string {
  if (variant === 1) {
    // Bars of soap.
    return repeat(3, (index) => `<rect x="${130 + index * 140}" y="${220 - index * 20}" width="120" height="80" rx="22" fill="${index === 1 ? accent : main}" stroke="${line}" stroke-width="4"/>`) + `<rect x="0" y="330" width="640" height="150" fill="${line}" opacity="0.12"/>`;
  }
  const canister = (x: number, height: number, color: string) => `<rect x="${x}" y="${390 - height}" width="120" height="${height}" rx="14" fill="${color}" stroke="${line}" stroke-width="5"/><rect x="${x + 40}" y="${370 - height}" width="40" height="24" rx="4" fill="${line}"/><rect x="${x + 15}" y="${430 - height}" width="90" height="60" rx="8" fill="#ffffff" opacity="0.8"/>`;
  return canister(140, 200, main) + canister(260, variant === 2 ? 260 : 170, accent) + canister(380, 220, main);
}

function clay(variant: number, [, main, accent, line]: Palette): string {
  if (variant === 0) {
    // Bricks in a running bond.
    return repeat(60, (index) => {
      const row = Math.floor(index / 6);
      const x = (index % 6) * 120 - (row % 2) * 60;
      return `<rect x="${x + 4}" y="${row * 48 + 4}" width="112" height="40" fill="${index % 4 ? main : accent}" stroke="${line}" stroke-width="2"/>`;
    });
  }
  if (variant === 1) {
    // A pot on a stand.
    return `<path d="M240 150 q-90 60 -40 170 q30 60 120 60 q90 0 120 -60 q50 -110 -40 -170 Z" fill="${main}" stroke="${line}" stroke-width="5"/><rect x="250" y="120" width="140" height="34" rx="10" fill="${accent}" stroke="${line}" stroke-width="4"/><path d="M215 260 q105 40 210 0" fill="none" stroke="${accent}" stroke-width="8"/>`;
  }
  // Roof tiles.
  return repeat(40, (index) => `<path d="M${(index % 8) * 80} ${Math.floor(index / 8) * 96 + 20} q40 -40 80 0 v80 q-40 -40 -80 0 Z" fill="${index % 3 ? main : accent}" stroke="${line}" stroke-width="3"/>`);
}

function metal(variant: number, [, main, accent, line]: Palette): string {
  if (variant === 0) {
    // A gear and bolts.
    const teeth = repeat(12, (index) => `<rect x="305" y="90" width="30" height="50" fill="${main}" transform="rotate(${index * 30} 320 240)"/>`);
    return `${teeth}<circle cx="320" cy="240" r="120" fill="${main}" stroke="${line}" stroke-width="5"/><circle cx="320" cy="240" r="45" fill="#e6eaee" stroke="${line}" stroke-width="5"/>${repeat(3, (index) => `<rect x="${480 + index * 40}" y="300" width="18" height="110" fill="${accent}"/><rect x="${472 + index * 40}" y="290" width="34" height="20" fill="${line}"/>`)}`;
  }
  if (variant === 1) {
    // A welded grille.
    return `<rect x="120" y="80" width="400" height="320" fill="none" stroke="${line}" stroke-width="14"/>${repeat(9, (index) => `<rect x="${150 + index * 40}" y="86" width="10" height="308" fill="${main}"/>`)}${repeat(2, (index) => `<rect x="126" y="${180 + index * 120}" width="388" height="12" fill="${accent}"/>`)}`;
  }
  // A pan and a pot.
  return `<ellipse cx="250" cy="280" rx="130" ry="60" fill="${main}" stroke="${line}" stroke-width="5"/><rect x="370" y="266" width="170" height="22" rx="10" fill="${line}"/><rect x="380" y="140" width="150" height="120" rx="12" fill="${accent}" stroke="${line}" stroke-width="5"/><rect x="365" y="128" width="180" height="20" rx="8" fill="${main}"/>`;
}

function craft(variant: number, [, main, accent, line]: Palette): string {
  if (variant === 0) {
    // A woven basket.
    const weave = repeat(6, (row) => repeat(8, (column) => `<rect x="${180 + column * 35}" y="${200 + row * 30}" width="35" height="30" fill="${(row + column) % 2 ? main : accent}"/>`));
    return `<path d="M210 200 Q210 100 320 100 Q430 100 430 200" fill="none" stroke="${line}" stroke-width="12"/>${weave}<rect x="180" y="200" width="280" height="180" fill="none" stroke="${line}" stroke-width="5"/>`;
  }
  if (variant === 1) {
    // A carved figure's silhouette on a stand (a souvenir).
    return `<path d="M320 80 q60 20 40 100 q60 40 40 150 h-160 q-20 -110 40 -150 q-20 -80 40 -100 Z" fill="${main}" stroke="${line}" stroke-width="5"/><rect x="220" y="330" width="200" height="40" rx="8" fill="${accent}" stroke="${line}" stroke-width="4"/>`;
  }
  // Beads and a bracelet.
  return `<circle cx="320" cy="240" r="130" fill="none" stroke="${line}" stroke-width="4"/>${repeat(18, (index) => `<circle cx="${(320 + 130 * Math.cos((index * Math.PI) / 9)).toFixed(1)}" cy="${(240 + 130 * Math.sin((index * Math.PI) / 9)).toFixed(1)}" r="20" fill="${index % 3 ? main : accent}" stroke="${line}" stroke-width="3"/>`)}`;
}

const drawings: Record<DemoLine, (variant: number, palette: Palette) => string> = { batik, textile, fashion, leather, food, drink, wood, paper, household, clay, metal, craft };

/** The SVG of one line's variant. */
export function demoArtwork(line: DemoLine, variant: number): string {
  const palette = palettes[line][variant % variantsPerLine]!;
  const { width, height } = artworkSize;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${palette[0]}"/>${drawings[line](variant % variantsPerLine, palette)}</svg>`;
}
