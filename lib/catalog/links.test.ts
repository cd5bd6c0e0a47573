import { describe, expect, it } from "vitest";
import { httpsUrl, socialUrl } from "./links";

describe("httpsUrl", () => {
  it("keeps https addresses", () => {
    expect(httpsUrl(" https://batik.example.id/toko ")).toBe("https://batik.example.id/toko");
  });

  it("refuses other schemes and junk", () => {
    expect(httpsUrl("http://batik.example.id")).toBeNull();
    expect(httpsUrl("javascript:alert(1)")).toBeNull();
    expect(httpsUrl("www.batik.example.id")).toBeNull();
    expect(httpsUrl("https://localhost")).toBeNull();
    expect(httpsUrl(null)).toBeNull();
  });
});

describe("socialUrl", () => {
  it("turns a handle into a profile address", () => {
    expect(socialUrl("instagram", "@batik.sekarasem")).toBe("https://www.instagram.com/batik.sekarasem");
    expect(socialUrl("tiktok", "batiksekarasem")).toBe("https://www.tiktok.com/@batiksekarasem");
  });

  it("keeps https profile addresses and refuses the rest", () => {
    expect(socialUrl("facebook", "https://www.facebook.com/batiksekarasem")).toBe("https://www.facebook.com/batiksekarasem");
    expect(socialUrl("facebook", "http://facebook.com/x")).toBeNull();
    expect(socialUrl("instagram", "<script>")).toBeNull();
  });
});
