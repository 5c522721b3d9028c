/** Raised when a request could not be sent or no response arrived (connection refused, timeout). */
export class WireError extends Error {
  override readonly name = 'WireError';

  /** The request URL with secrets redacted. */
  readonly url: string;

  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.url = url;
  }
}

/** Raised before sending when the request fails the validation hook and `unchecked` is not set. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';

  readonly action: string;

  constructor(message: string, action: string) {
    super(message);
    this.action = action;
  }
}

/** Raised when the client configuration is unusable: missing credentials or an invalid endpoint. */
export class WireConfigurationError extends Error {
  override readonly name = 'WireConfigurationError';
}
