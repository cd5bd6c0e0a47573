import { describe, expect, it } from "vitest";
import { whatsappChatUrl, whatsappDigits } from "./whatsapp";

describe("whatsappDigits", () => {
  it("turns a local number into 62 and digits", () => {
    expect(whatsappDigits("0812-3456-789")).toBe("628123456789");
    expect(whatsappDigits("0812 3456 7890")).toBe("6281234567890");
  });

  it("accepts the international forms", () => {
    expect(whatsappDigits("+62 812-3456-789")).toBe("628123456789");
    expect(whatsappDigits("+6281234567890")).toBe("6281234567890");
    expect(whatsappDigits("62 812 3456 789")).toBe("628123456789");
    expect(whatsappDigits("812-3456-789")).toBe("628123456789");
  });

  it("refuses what WhatsApp cannot reach", () => {
    expect(whatsappDigits("")).toBeNull();
    expect(whatsappDigits(null)).toBeNull();
    expect(whatsappDigits("bukan nomor")).toBeNull();
    expect(whatsappDigits("0812-34ab-789")).toBeNull();
    expect(whatsappDigits("024-3512345")).toBeNull();
    expect(whatsappDigits("0812")).toBeNull();
    expect(whatsappDigits("0812345678901234")).toBeNull();
    expect(whatsappDigits("+1 812 3456 789")).toBeNull();
  });
});

describe("whatsappChatUrl", () => {
  it("encodes the greeting", () => {
    expect(whatsappChatUrl("0812-3456-789", "Halo, saya tertarik “Batik Tulis” & ingin bertanya")).toBe(
      "https://wa.me/628123456789?text=Halo%2C%20saya%20tertarik%20%E2%80%9CBatik%20Tulis%E2%80%9D%20%26%20ingin%20bertanya",
    );
    expect(whatsappChatUrl("+62 812 3456 789")).toBe("https://wa.me/628123456789");
  });

  it("gives null for an unusable number", () => {
    expect(whatsappChatUrl("12", "Halo")).toBeNull();
  });
});
