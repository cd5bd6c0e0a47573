import { describe, expect, it } from "vitest";
import { type PublicationProgressInput, publicationChecklist } from "./publication-checklist";

const empty: PublicationProgressInput = {
  status: "DRAFT",
  nib: null,
  kelurahanCode: null,
  address: null,
  primaryKbli: null,
  salesChannels: [],
  whatsapp: null,
  phone: null,
  email: null,
  photos: [],
  productCount: 0,
  certificateCount: 0,
};

const complete: PublicationProgressInput = {
  ...empty,
  nib: "1234567890123",
  kelurahanCode: "33.74.04.1001",
  address: "Jl. Batik No. 7",
  primaryKbli: 42,
  salesChannels: ["RESELLER"],
  whatsapp: "+6281222334455",
  productCount: 1,
};

describe("publicationChecklist", () => {
  it("names every required part of a new profile as missing, and never the optional ones", () => {
    const checklist = publicationChecklist(empty);
    expect(checklist.missing).toEqual(["business", "address", "sector", "market", "products"]);
    expect(checklist.submitted).toBe(false);
    const optional = checklist.items.filter((item) => item.optional).map((item) => item.key);
    expect(optional).toEqual(["photos", "certificates"]);
    // Each part links to where it is done: a profile step, the new-product form, the finish step.
    expect(Object.fromEntries(checklist.items.map((item) => [item.key, item.href]))).toEqual({
      business: "/ikm/profil?langkah=1",
      address: "/ikm/profil?langkah=2",
      sector: "/ikm/profil?langkah=3",
      market: "/ikm/profil?langkah=4",
      photos: "/ikm/profil?langkah=5",
      products: "/ikm/produk/baru",
      certificates: "/ikm/sertifikat",
      submission: "/ikm/profil?langkah=6",
    });
  });

  it("misses nothing once the four data steps and a product are there, without photos or certificates", () => {
    const checklist = publicationChecklist(complete);
    expect(checklist.missing).toEqual([]);
    expect(checklist.items.find((item) => item.key === "photos")?.done).toBe(false);
    expect(checklist.items.find((item) => item.key === "submission")?.done).toBe(false);
  });

  it("counts each step by what it needs: an address needs its kelurahan, the market step a channel and a contact", () => {
    expect(publicationChecklist({ ...complete, kelurahanCode: null }).missing).toEqual(["address"]);
    expect(publicationChecklist({ ...complete, whatsapp: null }).missing).toEqual(["market"]);
    expect(publicationChecklist({ ...complete, whatsapp: null, email: "ikm@contoh.test" }).missing).toEqual([]);
    expect(publicationChecklist({ ...complete, salesChannels: [] }).missing).toEqual(["market"]);
    expect(publicationChecklist({ ...complete, productCount: 0 }).missing).toEqual(["products"]);
    expect(publicationChecklist({ ...complete, nib: null, primaryKbli: null }).missing).toEqual(["business", "sector"]);
  });

  it("after submission the last part is done and leads to the curation page, whatever the review's status", () => {
    for (const status of ["SUBMITTED", "REVISION_REQUESTED", "PUBLISHED", "REJECTED"] as const) {
      const submission = publicationChecklist({ ...complete, status }).items.find((item) => item.key === "submission");
      expect(submission).toEqual({ key: "submission", done: true, optional: false, href: "/ikm/kurasi" });
    }
    expect(publicationChecklist({ ...complete, productCount: 3 }).items.find((item) => item.key === "products")?.href).toBe("/ikm/produk");
  });
});
