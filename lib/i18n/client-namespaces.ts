// Which message namespaces each part of the portal hands its client components (see
// components/i18n/client-messages.tsx). A form's list holds the namespaces its client
// components translate with plus those of the keys its server action can return ("Errors",
// "Validation" and the domain's own). tests/e2e/page-messages.spec.ts fails when a page's
// document carries a namespace none of its client components or actions can use.
import type { MessageNamespace } from "./pick-messages";

/** Forms posting to lib/account-lifecycle/actions.ts: password reset, invitation, e-mail check. */
export const accountLinkFormNamespaces = [
  "Errors",
  "Validation",
  "Registration",
  "Invitation",
  "PasswordReset",
  "VerifyEmail",
] as const satisfies readonly MessageNamespace[];

/** The registration forms of /daftar/ikm and /daftar/pembeli (their selects name enum values). */
export const registrationFormNamespaces = [...accountLinkFormNamespaces, "Enums"] as const satisfies readonly MessageNamespace[];

/** The sign-in form (next-auth on the client, no server action). */
export const signInFormNamespaces = ["SignIn"] as const satisfies readonly MessageNamespace[];

/** The first administrator's form (lib/first-admin/actions.ts). */
export const firstAdminFormNamespaces = ["AdminSetup", "Errors", "Validation"] as const satisfies readonly MessageNamespace[];

/** An event's registration and withdrawal forms (lib/events/actions.ts). */
export const eventRegistrationNamespaces = [
  "EventRegistration",
  "EventAdmin",
  "Notifications",
  "Errors",
  "Validation",
] as const satisfies readonly MessageNamespace[];

/** A buyer's shortlist toggle on catalog pages (lib/buyers/shortlist-actions.ts). */
export const shortlistNamespaces = ["BuyerProfile", "EnterpriseProfile", "Errors", "Validation"] as const satisfies readonly MessageNamespace[];

/**
 * The signed-in areas, one list per route group: what the client components of the area's pages
 * and the actions they post to use. Coarser than a list per page: a page of the area can carry
 * namespaces that only another page of the same area uses.
 */
export const areaNamespaces = {
  sme: [
    "Certificate",
    "Certificates",
    "Common",
    "Curation",
    "CurationQueue",
    "Enterprise",
    "EnterpriseProfile",
    "Enums",
    "Errors",
    "ExportReadiness",
    "ExportReadinessPages",
    "Inquiries",
    "Matching",
    "Notifications",
    "Product",
    "Products",
    "Referrals",
    "Sourcing",
    "Validation",
  ],
  buyer: ["BuyerProfile", "Common", "EnterpriseProfile", "Enums", "Errors", "Inquiries", "Matching", "Notifications", "Sourcing", "Validation"],
  staff: [
    "Assisted",
    "Certificate",
    "Certificates",
    "CheckIn",
    "Common",
    "Curation",
    "CurationQueue",
    "Enterprise",
    "EnterpriseProfile",
    "Enums",
    "Errors",
    "EventAdmin",
    "EventRegistration",
    "EventReport",
    "ExportReadiness",
    "ExportReadinessPages",
    "ImportErrors",
    "Imports",
    "Inquiries",
    "Language",
    "LiveDay",
    "Matching",
    "MeetingRequests",
    "Notifications",
    "Outcomes",
    "ProductCuration",
    "Schedule",
    "Sourcing",
    "Validation",
  ],
  admin: ["AdminUsers", "Common", "Enums", "Errors", "Invitation", "Language", "PasswordReset", "Registration", "Validation", "VerifyEmail"],
  partner: ["Errors", "Referrals", "Validation"],
  participant: ["Errors", "EventAdmin", "EventRegistration", "EventReport", "LiveDay", "MeetingRequests", "Notifications", "Outcomes", "Schedule", "Validation"],
  account: ["Common", "Errors", "Language", "MyAccount", "Notifications", "Validation"],
} as const satisfies Record<string, readonly MessageNamespace[]>;
