// The three demo sentra industri: real clusters of Kota Semarang (descriptions are ours).
import type { DemoSentra } from "./types";

export const demoSentra: readonly DemoSentra[] = [
  {
    key: "batik",
    slug: "kampung-batik-semarang",
    name: "Kampung Batik Semarang",
    description:
      "Kampung perajin batik Semarangan di Kelurahan Rejomulyo, Semarang Timur, yang dihidupkan kembali sebagai sentra " +
      "batik tulis dan cap sekaligus kampung wisata tematik dengan galeri dan kelas membatik.",
    kecamatanCode: "33.74.03",
    kbli: "13134",
  },
  {
    key: "bandeng",
    slug: "sentra-bandeng-presto-krobokan",
    name: "Sentra Bandeng Presto Krobokan",
    description:
      "Sentra pengolahan bandeng presto, bandeng asap dan otak-otak bandeng di Kelurahan Krobokan, Semarang Barat; " +
      "pemasok utama toko oleh-oleh di Jl. Pandanaran.",
    kecamatanCode: "33.74.13",
    kbli: "10219",
  },
  {
    key: "tempe",
    slug: "sentra-tempe-sukorejo",
    name: "Sentra Tempe Sukorejo",
    description:
      "Kampung perajin tempe di Kelurahan Sukorejo, Gunungpati, yang memasok pasar tradisional, katering dan dapur " +
      "program makan bergizi di Semarang bagian selatan.",
    kecamatanCode: "33.74.12",
    kbli: "10391",
  },
];
