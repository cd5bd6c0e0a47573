// The password policy (after NIST SP 800-63B): long enough, and not one a guesser tries first.
// No composition rules ("one capital, one digit"): they make passwords harder to remember,
// not harder to guess. Pure: no I/O.
import { commonPasswords } from "./common-passwords";

export const passwordMinLength = 10;
/** Argon2 hashes any length; the cap only keeps requests small. */
export const passwordMaxLength = 128;

export type PasswordProblem =
  | "Validation.passwordTooShort"
  | "Validation.passwordTooLong"
  | "Validation.passwordCommon"
  | "Validation.passwordLikeEmail";

/** Counts characters as people see them, so "kata sandi ñ" is not longer than it looks. */
function length(value: string): number {
  return [...value].length;
}

/** "Bismillah2024!" -> "bismillah": a common word dressed up with a year or a symbol. */
function withoutTrailingDigitsAndSymbols(value: string): string {
  return value.replace(/[\d\W_]+$/u, "");
}

export function isCommonPassword(password: string): boolean {
  const lower = password.trim().toLowerCase();
  if (commonPasswords.has(lower)) return true;
  const stem = withoutTrailingDigitsAndSymbols(lower);
  if (stem !== "" && stem !== lower && commonPasswords.has(stem)) return true;
  // One character repeated ("aaaaaaaaaa", "1111111111").
  return new Set(lower).size <= 1;
}

/**
 * The first problem with a password, as a message key, or null when it may be used.
 * `email` (when known) catches passwords that are just the address or its local part.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (length(password) < passwordMinLength) return "Validation.passwordTooShort";
  if (length(password) > passwordMaxLength) return "Validation.passwordTooLong";
  if (isCommonPassword(password)) return "Validation.passwordCommon";
  if (email) {
    const lower = password.trim().toLowerCase();
    const address = email.trim().toLowerCase();
    const localPart = address.split("@")[0] ?? "";
    if (lower === address || (localPart.length >= 4 && withoutTrailingDigitsAndSymbols(lower) === localPart)) {
      return "Validation.passwordLikeEmail";
    }
  }
  return null;
}
