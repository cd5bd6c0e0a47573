import NextAuth from "next-auth";
import { authOptions } from "@/lib/sign-in/options";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request so the secret is read at run time, never during `next build`.
async function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
