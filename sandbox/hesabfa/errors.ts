// Hesabfa's published error table (seed page, H4 Errors/errors.php) plus the
// two codes clients have met: 199 (No-Shareholders-Exist, also GetWarehouses
// with no warehouse) and 120 (DuplicateRequestId, expected by two recent
// clients). ErrorMessage texts are ours: the vendor's wording is not published.

export const ErrorCode = {
  InternalServerError: 100,
  TooManyRequests: 101,
  MissingData: 103,
  MissingParameter: 104,
  ApiDisabled: 105,
  UserIsNotOwner: 106,
  BusinessNotFound: 107,
  BusinessExpired: 108,
  FiscalYearNotFound: 109,
  IdMustBeZero: 110,
  IdMustNotBeZero: 111,
  ObjectNotFound: 112,
  MissingApiKey: 113,
  ParameterIsOutOfRange: 114,
  DuplicateRequestId: 120,
  ApplicationError: 190,
  NoShareholdersExist: 199,
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An answer with Success false; the dispatcher turns it into the envelope. */
export class HesabfaError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "HesabfaError";
  }
}

export const fail = {
  missing: (name: string): never => {
    throw new HesabfaError(ErrorCode.MissingParameter, `Missing parameter: ${name}`);
  },
  range: (name: string, why: string): never => {
    throw new HesabfaError(ErrorCode.ParameterIsOutOfRange, `Parameter is out of range: ${name}: ${why}`);
  },
  notFound: (what: string): never => {
    throw new HesabfaError(ErrorCode.ObjectNotFound, `Object not found: ${what}`);
  },
  app: (why: string): never => {
    throw new HesabfaError(ErrorCode.ApplicationError, why);
  },
};
