import { ApiError } from '../../shared/api';

/** Any thrown value as an ApiError, so forms can always show `message` and field errors. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, null, error instanceof Error && error.message ? error.message : undefined);
}

/** Title and detail together ("This user has no e-mail address. Add one in the PSA, then sync."), for toasts. */
export function describeError(error: ApiError): string {
  const { title, detail } = error;
  if (title && detail && !detail.startsWith(title)) return `${title.replace(/\.?$/, '.')} ${detail}`;
  return error.message;
}

/** The server's title as an alert heading, when the alert text is its (different) detail. */
export function problemTitle(error: ApiError | null | undefined): string | undefined {
  return error?.detail && error.title && !error.isValidation ? error.title.replace(/\.$/, '') : undefined;
}

/** Every message the server gave for one field (password rules come as several). */
export function fieldMessages(error: ApiError | null | undefined, field: string): string[] {
  return error?.fieldErrors[field.toLowerCase()] ? [...error.fieldErrors[field.toLowerCase()]!] : [];
}
