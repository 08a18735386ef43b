import { parseJson } from "../../src/core/json.js";

/**
 * What Hesabit said about a failure, if anything: the `message` of a JSON
 * body (the API's envelope), else the OAuth `error_description` / `error`.
 * Error bodies are not documented, so nothing depends on this: it only makes
 * a message more helpful when there is one. Control characters are dropped,
 * the text is cut short, and any secret the answer might echo is blanked.
 */
export function vendorMessageOf(body: string, secrets: ReadonlyArray<string | undefined> = []): string | undefined {
  let parsed: unknown;
  try {
    parsed = parseJson(body);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
  const fields = parsed as Record<string, unknown>;
  const pick = (name: string) => (typeof fields[name] === "string" && (fields[name] as string).trim() ? (fields[name] as string) : undefined);
  const oauth = pick("error") ? [pick("error"), pick("error_description")].filter(Boolean).join(": ") : undefined;
  const message = pick("message") ?? oauth;
  return message === undefined ? undefined : scrub(message, secrets).replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 300);
}

/** The text with every given secret blanked out. */
export function scrub(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let clean = text;
  for (const secret of secrets) if (secret && secret.length >= 4) clean = clean.split(secret).join("[redacted]");
  return clean;
}

/** A URL as it may be logged: every credential-bearing query parameter blanked. */
export function redactHesabitUrl(url: string): string {
  return url.replace(/([?&](?:access_token|refresh_token|code|client_secret|state)=)[^&#]*/gi, "$1[redacted]");
}
