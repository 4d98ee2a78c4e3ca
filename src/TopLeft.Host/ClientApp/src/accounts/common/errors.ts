import { ApiError } from '../../shared/api';

/** Any thrown value as an ApiError, so forms can always show `message` and field errors. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, null, error instanceof Error && error.message ? error.message : undefined);
}
