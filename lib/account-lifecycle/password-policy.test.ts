import { describe, expect, it } from "vitest";
import { commonPasswords } from "./common-passwords";
import { isCommonPassword, passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("asks for at least 10 characters, counted as people see them", () => {
    expect(passwordProblem("Pendek#1")).toBe("Validation.passwordTooShort");
    expect(passwordProblem("ñññññ-ab1")).toBe("Validation.passwordTooShort");
    expect(passwordProblem("kopi tubruk pagi hari")).toBeNull();
    expect(passwordProblem("x".repeat(60) + "y".repeat(69))).toBe("Validation.passwordTooLong");
  });

  it("refuses common passwords whatever their case, also with digits or symbols added", () => {
    for (const password of ["password123", "PASSWORD123", "Bismillah123", "Indonesia2024!", "sayangkamu", "QWERTY12345", "1234567890"]) {
      expect(passwordProblem(password), password).toBe("Validation.passwordCommon");
    }
    expect(isCommonPassword("bismillah")).toBe(true);
    expect(isCommonPassword("aaaaaaaaaaaa")).toBe(true);
    expect(isCommonPassword("sayang kucing oren 7")).toBe(false);
  });

  it("holds a few hundred entries, among them Indonesian favourites, all lower-case", () => {
    expect(commonPasswords.size).toBeGreaterThan(300);
    for (const password of ["sayang", "bismillah", "indonesia", "password123", "qwerty123"]) expect(commonPasswords.has(password)).toBe(true);
    expect([...commonPasswords].filter((password) => password !== password.toLowerCase())).toEqual([]);
  });

  it("refuses the email address or its name part as the password", () => {
    expect(passwordProblem("budi.santoso@contoh.id", "budi.santoso@contoh.id")).toBe("Validation.passwordLikeEmail");
    expect(passwordProblem("Budi.Santoso2026", "budi.santoso@contoh.id")).toBe("Validation.passwordLikeEmail");
    expect(passwordProblem("budi suka batik tulis", "budi.santoso@contoh.id")).toBeNull();
  });
});
