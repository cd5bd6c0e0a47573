"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookieMaxAge, localeCookieName, locales } from "./config";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * The language switcher's form action. Works without JavaScript: the form posts here
 * and the page re-renders in the chosen language. An unknown value changes nothing.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const store = await cookies();
  store.set(localeCookieName, parsed.data.locale, {
    maxAge: localeCookieMaxAge,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
}
