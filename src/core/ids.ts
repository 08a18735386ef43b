import { badInput } from "./errors.js";

/**
 * Global object ids (Relay object identification): opaque to clients, but
 * they name the vendor, the type and the vendor's own id, so `node(id:)` can
 * find any object again. Encoded as base64url of `Type:VENDOR:nativeId`.
 */
export interface GlobalId {
  type: string;
  vendor: string;
  nativeId: string;
}

export function toGlobalId(vendor: string, type: string, nativeId: string): string {
  return Buffer.from(`${type}:${vendor}:${nativeId}`, "utf8").toString("base64url");
}

export function fromGlobalId(id: string, argument = "id"): GlobalId {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(id) ? Buffer.from(id, "base64url").toString("utf8") : "";
  const match = /^([A-Za-z]+):([A-Z]+):([\s\S]+)$/.exec(decoded);
  if (!match) throw badInput(argument, "is not an id issued by this server");
  return { type: match[1], vendor: match[2], nativeId: match[3] };
}
