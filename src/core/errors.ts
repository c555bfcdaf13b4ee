/**
 * Errors are made here, by code; the HTTP layer turns each code into a status
 * and a localized page or JSON body. Services throw these and know nothing of HTTP.
 */
export const ERROR_STATUS = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  validation: 422,
  conflict: 409,
  too_many_requests: 429,
  bad_request: 400,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with one field: `key` is an i18n message key, `values` its parameters. */
export interface FieldError {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  constructor(code: ErrorCode, message?: string, fields: FieldError[] = []) {
    super(message ?? code);
    this.code = code;
    this.fields = fields;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "not found") => new AppError("not_found", what);
export const forbidden = (why = "forbidden") => new AppError("forbidden", why);
export const unauthenticated = () => new AppError("unauthenticated");
export const conflict = (why: string, fields: FieldError[] = []) => new AppError("conflict", why, fields);
export const invalid = (fields: FieldError[]) => new AppError("validation", "invalid input", fields);
export const tooManyRequests = () => new AppError("too_many_requests");

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
