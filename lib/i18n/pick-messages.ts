// What the browser gets of the message catalog: only the namespaces the client components
// inside one <ClientMessages> (components/i18n/client-messages.tsx) translate with, never the
// whole catalog (about 200 KB of JSON in every page's data before issue 16).
import type { Messages } from "./messages";

/** A top-level namespace of the catalog ("SignIn", "Registration" ...). */
export type MessageNamespace = keyof Messages;

/**
 * What the shared shell of every page translates on the client: the toasts and dialogs
 * (Common), the sign-out button (Nav) and the error boundary app/error.tsx (Error).
 */
export const shellNamespaces = ["Common", "Nav", "Error"] as const satisfies readonly MessageNamespace[];

/** The named namespaces of a catalog, and nothing else. A namespace the catalog lacks is an error. */
export function pickMessages(catalog: Messages, namespaces: readonly MessageNamespace[]): Partial<Messages> {
  const picked: Partial<Record<MessageNamespace, unknown>> = {};
  for (const namespace of namespaces) {
    if (!Object.hasOwn(catalog, namespace)) throw new Error(`The message catalog has no namespace "${namespace}"`);
    picked[namespace] = catalog[namespace];
  }
  return picked as Partial<Messages>;
}
