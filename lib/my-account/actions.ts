"use server";

// "My account": any signed-in user, on their own account only (ids come from the session).
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { passwordProblem } from "@/lib/account-lifecycle/password-policy";
import { defineFormAction } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { localeCookieMaxAge, localeCookieName } from "@/lib/i18n/config";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { deleteAccount } from "./delete";
import { assertCurrentPassword, storePasswordHash, updateContactDetails, updateLocale } from "./mutations";
import { contactDetailsSchema, deleteAccountSchema, languageSchema, passwordChangeSchema } from "./schemas";
import { clearSessionCookies } from "./session-cookies";

// defineFormAction has already refused anyone signed out; this narrows the type.
function signedIn(actor: SessionUser | null): SessionUser {
  if (!actor) throw new Error("signed-in action ran without a user");
  return actor;
}

async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

export const saveContactDetailsAction = defineFormAction({
  name: "account.saveContactDetails",
  access: "signed-in",
  schema: contactDetailsSchema,
  run: async (input, actor) => {
    const user = signedIn(actor);
    const ip = await requestIp();
    await db.$transaction((tx) => updateContactDetails(tx, { userId: user.id, ip }, input));
    revalidatePath("/", "layout");
    return { ok: true, message: "MyAccount.contactSaved" };
  },
});

/** The account's language (emails reach the user in it) and this browser's, at once. */
export const saveLanguageAction = defineFormAction({
  name: "account.saveLanguage",
  access: "signed-in",
  schema: languageSchema,
  run: async ({ locale }, actor) => {
    const user = signedIn(actor);
    await updateLocale(db, user.id, locale);
    const store = await cookies();
    store.set(localeCookieName, locale, { maxAge: localeCookieMaxAge, sameSite: "lax", path: "/", httpOnly: true });
    revalidatePath("/", "layout");
    return { ok: true, message: "MyAccount.languageSaved" };
  },
});

export const changePasswordAction = defineFormAction({
  name: "account.changePassword",
  access: "signed-in",
  schema: passwordChangeSchema,
  run: async ({ currentPassword, newPassword }, actor) => {
    const user = signedIn(actor);
    const ip = await requestIp();
    await assertCurrentPassword(db, { userId: user.id, email: user.email, ip }, currentPassword, "currentPassword");
    const problem = passwordProblem(newPassword, user.email) ?? (currentPassword === newPassword ? "MyAccount.passwordUnchanged" : null);
    if (problem) return { ok: false, fieldErrors: { newPassword: [problem] } };
    const passwordHash = await hashPassword(newPassword);
    await db.$transaction((tx) => storePasswordHash(tx, { userId: user.id, ip }, passwordHash));
    // Every session signed in with the old password has ended, this one too: sign in again.
    clearSessionCookies(await cookies());
    redirect("/masuk?pemberitahuan=kata-sandi-diganti");
  },
});

/** Erases the account (lib/my-account/delete.ts), ends the session and leaves for the home page. */
export const deleteMyAccountAction = defineFormAction({
  name: "account.delete",
  access: "signed-in",
  schema: deleteAccountSchema,
  run: async ({ password }, actor) => {
    const user = signedIn(actor);
    await assertCurrentPassword(db, { userId: user.id, email: user.email, ip: await requestIp() }, password, "password");
    // One transaction for the erasure and everything it closes (each with its notices): more
    // statements than an ordinary action, so more time than Prisma's default 5 s.
    await db.$transaction((tx) => deleteAccount(tx, user.id), { timeout: 30_000 });
    // The other side's notices were queued in the transaction: send them now.
    await processPendingJobs();
    clearSessionCookies(await cookies());
    revalidatePath("/", "layout");
    redirect("/");
  },
});
