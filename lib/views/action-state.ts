// What a server action (app/**/actions.ts) answers its form with: one shape for every form, made by
// runAction (lib/server/http/run-action.ts) and shown by the form components.
export type ActionState<TData = undefined> = {
  /** Done: what was done, in words. */
  ok?: string;
  /** Refused: why, in the verb's words (they name the field). */
  error?: string;
  /** Refused because the organ already has the report (ReportExists): the way to it. */
  existingReportId?: string;
  /** What a form needs beyond the words: the one-time password of a reset, the name typed at sign-in. */
  data?: TData;
};
