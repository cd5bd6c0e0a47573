// What a server action made with defineFormAction returns to its form (safe for client code).
export interface FormState {
  ok: boolean;
  /** Message key for the whole form: "Errors.forbidden", "Errors.failed", or a success message. */
  message?: string;
  /** Values the message names (a party busy in that slot), for the message's placeholders. */
  messageValues?: Record<string, string | number>;
  /** Message keys per field. */
  fieldErrors?: Record<string, string[]>;
  /** What the user typed (never passwords), to refill the form after an error without JavaScript. */
  values?: Record<string, string>;
  /** Every value of a field sent several times (checkboxes, numbered slots), in order. */
  lists?: Record<string, string[]>;
}

export const initialFormState: FormState = { ok: false };
