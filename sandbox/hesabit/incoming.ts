// A request as the handlers see it, and the body readings each endpoint allows:
// the API takes JSON only (the seed: "Content-Type: application/json" must be
// sent); the token endpoint also takes a form body (the one public client whose
// code exchange ran, strogo/wisgoon, posts the form with Python requests' data=).

export interface Incoming {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The raw body text ("" when none). */
  text: string;
  /** The media type, lower case, without parameters ("" when absent). */
  mediaType: string;
}

export function mediaTypeOf(header: string | undefined): string {
  return (header ?? "").split(";")[0].trim().toLowerCase();
}

/** Repeated parameters: the last one wins, as PHP's $_GET does. */
export function lastWins(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = value;
  return out;
}

export type BodyReading = { ok: true; value: Record<string, unknown> } | { ok: false; problem: "type" | "syntax" | "shape" };

function readJsonObject(text: string): BodyReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "syntax" };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, problem: "shape" };
  return { ok: true, value: value as Record<string, unknown> };
}

/** API bodies: a JSON object sent as application/json. */
export function readApiBody(incoming: Incoming): BodyReading {
  if (incoming.mediaType !== "application/json") return { ok: false, problem: "type" };
  return readJsonObject(incoming.text);
}

/** Token-endpoint bodies: a JSON object or an application/x-www-form-urlencoded form. */
export function readTokenBody(incoming: Incoming): BodyReading {
  if (incoming.mediaType === "application/json") return readJsonObject(incoming.text);
  if (incoming.mediaType === "application/x-www-form-urlencoded") {
    return { ok: true, value: lastWins(new URLSearchParams(incoming.text)) };
  }
  return { ok: false, problem: "type" };
}

/** What the request log keeps: parsed when possible, else the raw text. */
export function bodyForRecord(text: string, mediaType: string): unknown {
  if (text === "") return undefined;
  if (mediaType === "application/x-www-form-urlencoded") return lastWins(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
