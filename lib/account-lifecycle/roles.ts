/** Roles an administrator invites; SME owners and buyers register themselves. */
export const invitableRoles = ["STAFF", "PARTNER"] as const;

export type InvitableRole = (typeof invitableRoles)[number];
