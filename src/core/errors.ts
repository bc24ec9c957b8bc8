/**
 * Every failure of the workspace is a `CifError`: a stable string `code`, a stable numeric
 * `errorCode` (what CIF integrations compare against) and a message written for the developer
 * who has to fix the call. Over the bridge it travels as `{errorCode, code, message}`.
 */

/** The codes of the public contract, with their stable numbers. Never renumber. */
export const ERROR_CODES = {
  INVALID_INPUT: 1,
  TEMPLATE_NOT_FOUND: 2,
  TEMPLATE_NOT_GENERIC: 3,
  TEMPLATE_NOT_IN_PROFILE: 4,
  SESSION_LIMIT_REACHED: 5,
  TAB_LIMIT_REACHED: 6,
  SESSION_NOT_FOUND: 7,
  TAB_NOT_FOUND: 8,
  TAB_NOT_CLOSABLE: 9,
  UNSAFE_URL: 10,
  NOT_PERMITTED: 11,
  INVALID_CONFIG: 12,
  TIMEOUT: 13,
  NOTIFICATION_TEMPLATE_NOT_FOUND: 14,
  NO_DATA_ADAPTER: 15,
  RECORD_NOT_FOUND: 16,
  DATA_ADAPTER_ERROR: 17,
} as const;

export type CifErrorCode = keyof typeof ERROR_CODES;

/** The shape a `CifError` takes when it crosses `postMessage`. */
export interface CifErrorData {
  errorCode: number;
  code: CifErrorCode;
  message: string;
}

/** Messages CIF itself shows; integrations and agents already know these words. */
export const SESSION_LIMIT_MESSAGE = 'Maximum sessions reached. Close a session before opening another.';
export const TAB_LIMIT_MESSAGE = 'Maximum tabs reached. Close a tab in this session before opening another.';

export class CifError extends Error {
  override readonly name = 'CifError';
  readonly code: CifErrorCode;
  readonly errorCode: number;

  constructor(code: CifErrorCode, message: string) {
    super(message);
    this.code = code;
    this.errorCode = ERROR_CODES[code];
  }

  toJSON(): CifErrorData {
    return { errorCode: this.errorCode, code: this.code, message: this.message };
  }
}

export const isCifError = (value: unknown): value is CifError => value instanceof CifError;
