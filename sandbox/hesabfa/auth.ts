// Credentials, as the seed describes them: apiKey (one per business) always;
// then loginToken, or else the owner's userId and password. No client shows
// what bad credentials get, so the simulator answers (README, decisions):
//   apiKey absent or empty            113 MissingApiKey
//   apiKey not this business's         107 BusinessNotFound
//   no loginToken and no userId/password 104 MissingParameter
//   wrong loginToken, or wrong userId/password 106 UserIsNotOwner
// An empty loginToken counts as none: H1 always sends loginToken, '' when it
// has none, beside userId and password.
import { timingSafeEqual } from "node:crypto";
import type { Fields } from "./bind.js";
import { ErrorCode, HesabfaError } from "./errors.js";
import { JNum, type JValue } from "./json.js";

export interface Credentials {
  apiKey: string;
  loginToken: string;
  userId: string;
  password: string;
}

export const CREDENTIAL_PARAMS = ["apiKey", "loginToken", "userId", "password"] as const;

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

function text(value: JValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (value instanceof JNum) return value.text;
  return "\u0000not text";
}

export function authenticate(params: Fields, expected: Credentials): void {
  const apiKey = text(params.get("apiKey"));
  if (apiKey === null || apiKey === "") throw new HesabfaError(ErrorCode.MissingApiKey, "Missing API key: apiKey");
  if (!same(apiKey, expected.apiKey)) throw new HesabfaError(ErrorCode.BusinessNotFound, "Business not found for this apiKey");

  const loginToken = text(params.get("loginToken"));
  if (loginToken !== null && loginToken !== "") {
    if (!same(loginToken, expected.loginToken)) throw new HesabfaError(ErrorCode.UserIsNotOwner, "User is not the owner: loginToken is not valid for this business");
    return;
  }
  const userId = text(params.get("userId"));
  const password = text(params.get("password"));
  if ((userId === null || userId === "") && (password === null || password === "")) {
    throw new HesabfaError(ErrorCode.MissingParameter, "Missing parameter: loginToken, or userId and password");
  }
  if (userId === null || userId === "") throw new HesabfaError(ErrorCode.MissingParameter, "Missing parameter: userId");
  if (password === null || password === "") throw new HesabfaError(ErrorCode.MissingParameter, "Missing parameter: password");
  if (userId.toLowerCase() !== expected.userId.toLowerCase() || !same(password, expected.password)) {
    throw new HesabfaError(ErrorCode.UserIsNotOwner, "User is not the owner: userId or password is wrong");
  }
}
