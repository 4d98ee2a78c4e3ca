/** RFC 7807 / 9457 problem details, as ASP.NET Core's `Results.Problem` / `ValidationProblem` write them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Validation problems: field name → messages. Present on `ValidationProblem` responses. */
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

/**
 * Every non-2xx answer (and a failed network call) surfaces as this error, so a form can show
 * `message` in its alert and `fieldErrors` next to its inputs without knowing about HTTP.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly problem: ProblemDetails | null;
  /** Validation messages keyed by normalised field name (camelCase, no `$.` prefix). */
  readonly fieldErrors: Readonly<Record<string, string[]>>;

  constructor(status: number, problem: ProblemDetails | null, fallbackMessage?: string) {
    super(messageFor(status, problem, fallbackMessage));
    this.status = status;
    this.problem = problem;
    this.fieldErrors = normaliseErrors(problem?.errors);
  }

  get title(): string | undefined {
    return this.problem?.title;
  }

  get detail(): string | undefined {
    return this.problem?.detail;
  }

  get isValidation(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }

  /** First message for a field, matched case-insensitively (`Username`, `username`, `$.username`). */
  fieldError(field: string): string | undefined {
    return this.fieldErrors[normaliseFieldName(field)]?.[0];
  }

  /** Messages for fields the form does not display, so they can be listed in the summary. */
  otherFieldErrors(displayedFields: readonly string[]): string[] {
    const shown = new Set(displayedFields.map(normaliseFieldName));
    return Object.entries(this.fieldErrors)
      .filter(([key]) => !shown.has(key))
      .flatMap(([, messages]) => messages);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.title === 'string' ||
    typeof candidate.detail === 'string' ||
    typeof candidate.type === 'string' ||
    (typeof candidate.errors === 'object' && candidate.errors !== null)
  );
}

export function normaliseFieldName(field: string): string {
  return field.replace(/^\$\.?/, '').toLowerCase();
}

function normaliseErrors(errors: ProblemDetails['errors'] | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!errors || typeof errors !== 'object') return result;
  for (const [key, value] of Object.entries(errors)) {
    const messages = Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string') : [];
    if (typeof value === 'string') messages.push(value);
    if (messages.length === 0) continue;
    const name = normaliseFieldName(key);
    result[name] = [...(result[name] ?? []), ...messages];
  }
  return result;
}

function messageFor(status: number, problem: ProblemDetails | null, fallback?: string): string {
  if (problem?.detail) return problem.detail;
  if (problem?.title) return problem.title;
  if (fallback) return fallback;
  return defaultMessage(status);
}

export function defaultMessage(status: number): string {
  switch (status) {
    case 0:
      return 'TopLeft could not be reached. Check your connection and try again.';
    case 400:
      return 'Some of the information is not valid.';
    case 401:
      return 'Your session has ended. Please sign in again.';
    case 403:
      return 'You do not have permission to do that.';
    case 404:
      return 'We could not find what you were looking for.';
    case 409:
      return 'Someone else changed this at the same time. Reload and try again.';
    case 423:
      return 'This account is locked.';
    case 429:
      return 'Too many requests. Wait a moment and try again.';
    default:
      return status >= 500 ? 'Something went wrong on our side. Please try again.' : `Request failed (${status}).`;
  }
}
