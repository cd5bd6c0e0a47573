import { describe, expect, it } from "vitest";
import { participantPlace } from "./place";

describe("participantPlace", () => {
  it("shows an SME's kecamatan, and a buyer's city (with its country when abroad), never as a kecamatan", () => {
    expect(participantPlace({ enterprise: { kecamatan: { name: "Semarang Tengah" } }, buyer: null })).toEqual({ label: "kecamatan", name: "Semarang Tengah" });
    expect(participantPlace({ enterprise: null, buyer: { city: "Jakarta Pusat", country: "ID" } })).toEqual({ label: "city", name: "Jakarta Pusat", country: null });
    expect(participantPlace({ enterprise: null, buyer: { city: "Osaka", country: "JP" } })).toEqual({ label: "city", name: "Osaka", country: "JP" });
    expect(participantPlace({ enterprise: null, buyer: null })).toBeNull();
  });
});
