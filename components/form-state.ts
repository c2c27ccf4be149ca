// What a form's server action answers: the contract between the forms here and the actions in app/
// that produce it (app/_lib/form-state.ts builds it from errors). Declared here because components
// never import app/.

export interface FormState {
  error?: string;
  success?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** A secret shown once (new API token, invitation link). */
  secret?: string;
}
