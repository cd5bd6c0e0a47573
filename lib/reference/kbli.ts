// Which KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) the portal uses. Constants only: the
// codes themselves are seeded from prisma/data by lib/seed/reference.ts.

/** KBLI 2025 supersedes 2020; every stored code carries its version so both can live side by side. */
export const KBLI_VERSION = "2020";
/** The one KBLI section the portal covers: manufacturing. */
export const KBLI_SECTION = { code: "C", nameId: "Industri Pengolahan" } as const;
