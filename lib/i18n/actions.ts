"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { localeCookieMaxAge, localeCookieName, locales } from "./config";

/**
 * The language switcher's form action. Works without JavaScript: the form posts here and the
 * page re-renders in the chosen language. A signed-in user's choice is also kept on the
 * account, so emails reach them in it. An unknown value changes nothing.
 */
export const setLocaleAction = defineFormAction({
  name: "i18n.setLocale",
  access: "public",
  schema: z.object({ locale: z.enum(locales) }),
  run: async ({ locale }, actor) => {
    const store = await cookies();
    store.set(localeCookieName, locale, { maxAge: localeCookieMaxAge, sameSite: "lax", path: "/", httpOnly: true });
    if (actor) await db.user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
    revalidatePath("/", "layout");
  },
});
