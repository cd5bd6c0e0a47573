// next-auth's full options, for its route handler (app/api/auth/[...nextauth]/route.ts) only:
// the session options of lib/auth/session-options.ts plus the email + password provider, whose
// `authorize` is the sign-in flow of ./authenticate.ts (limits, warning email, audit).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sessionOptions } from "@/lib/auth/session-options";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate } from "./authenticate";

export function authOptions(): NextAuthOptions {
  return {
    ...sessionOptions(),
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, request) => authenticate(credentials, clientIp(request?.headers)),
      }),
    ],
  };
}
