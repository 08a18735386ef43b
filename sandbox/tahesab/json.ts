// Payload values and their serialisation. Tahesab answers lists as JSON objects
// keyed by code ("17", "100234"). A JavaScript object always enumerates
// integer-like keys in ascending numeric order, whatever the insertion order,
// so a list that must come newest first (DoListAsnad) is built as a Map and
// written here key by key, in insertion order.

export type Json = null | boolean | number | string | Json[] | JsonObject | JsonMap;
export interface JsonObject {
  [key: string]: Json;
}
export type JsonMap = Map<string, Json>;

export function stringifyJson(value: Json): string {
  if (value instanceof Map) {
    const parts: string[] = [];
    for (const [key, item] of value) parts.push(`${JSON.stringify(key)}:${stringifyJson(item)}`);
    return `{${parts.join(",")}}`;
  }
  if (Array.isArray(value)) return `[${value.map(stringifyJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) parts.push(`${JSON.stringify(key)}:${stringifyJson(item)}`);
    return `{${parts.join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("non-finite number in a payload");
  return JSON.stringify(value);
}
