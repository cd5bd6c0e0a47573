/** In assisted mode the forms name the enterprise staff are filling in; the server checks it is assisted. */
export function ProfileTargetField({ enterpriseId }: { enterpriseId?: string }) {
  return enterpriseId ? <input type="hidden" name="enterpriseId" value={enterpriseId} /> : null;
}

/** What every step form gets from its page: the server action to post to and, for staff, the enterprise. */
export type StepFormProps<Action> = { action: Action; enterpriseId?: string };
