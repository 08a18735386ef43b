// Helpers several areas share: getById's two forms and batchsave's array.
import { asArray, asInt, asObject, type Fields } from "../bind.js";
import { ErrorCode, fail, HesabfaError } from "../errors.js";
import type { Out } from "../json.js";

/** batchsave takes at most this many objects a call (H1 sends 500 at a time). */
export const BATCH_LIMIT = 500;

function checkId(id: number, label: string): number {
  if (id === 0) throw new HesabfaError(ErrorCode.IdMustNotBeZero, `Id must not be zero: ${label}`);
  return id;
}

/**
 * getById: `idList` answers the list of those found, in idList order
 * (unknown ids are left out: a deleted object simply is not there); a single
 * `id` (H1, H3 for invoices) answers the object itself, or 112.
 */
export function getById<T>(params: Fields, find: (id: number) => T | undefined, render: (record: T) => Out, what: string): Out {
  const hasList = params.has("idList");
  const hasId = params.has("id");
  if (hasList && hasId) return fail.range("id, idList", "give id or idList, not both");
  if (!hasList && !hasId) return fail.missing("idList");
  if (hasId) {
    const id = checkId(asInt(params.get("id"), "id", { required: true, min: 0 }) as number, "id");
    const record = find(id);
    return record === undefined ? fail.notFound(`${what} with Id ${id}`) : render(record);
  }
  const list = asArray(params.get("idList"), "idList", { required: true }) as NonNullable<ReturnType<typeof asArray>>;
  const found: Out[] = [];
  list.forEach((raw, i) => {
    const id = checkId(asInt(raw, `idList[${i}]`, { required: true, min: 0 }) as number, `idList[${i}]`);
    const record = find(id);
    if (record !== undefined) found.push(render(record));
  });
  return found;
}

/** batchsave's array: required, not empty, at most BATCH_LIMIT objects; each one's fields with its label. */
export function batch(params: Fields, name: string): Array<{ fields: Fields; label: string }> {
  const list = asArray(params.get(name), name, { required: true }) as NonNullable<ReturnType<typeof asArray>>;
  if (list.length === 0) fail.missing(`${name} (the array is empty)`);
  if (list.length > BATCH_LIMIT) fail.range(name, `${list.length} objects; at most ${BATCH_LIMIT} a call`);
  return list.map((raw, i) => {
    const label = `${name}[${i}]`;
    return { fields: asObject(raw, label, { required: true }) as Fields, label };
  });
}
