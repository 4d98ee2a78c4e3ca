export { api, request, readXsrfToken, XSRF_COOKIE, XSRF_HEADER } from './http';
export type { HttpMethod, RequestOptions } from './http';
export { ApiError, isApiError, isProblemDetails, defaultMessage } from './problem';
export type { ProblemDetails } from './problem';
export { useApiQuery } from './useApiQuery';
export type { ApiQuery } from './useApiQuery';
