/**
 * A business error of the ALB API: the `Code`, HTTP status and `Message` that the service returns.
 * The HTTP layer renders it as the JSON error body.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly httpStatus: number;

  constructor(code: string, httpStatus: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.httpStatus = httpStatus;
  }
}
