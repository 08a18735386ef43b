import { Kind, parse, type ASTNode, type ValueNode } from "graphql";

/**
 * Where in the operation's arguments a literal value sits, as a field path
 * (`input.weightGrams`, `codes[2]`), for errors graphql-js reports against a
 * value node of the document. The document is parsed again from the node's
 * own source: validation errors carry the node, not its ancestors.
 */
export function literalFieldOf(node: ASTNode | undefined): string | undefined {
  const loc = node?.loc;
  if (!loc) return undefined;
  let document;
  try {
    document = parse(loc.source);
  } catch {
    return undefined;
  }
  const isTarget = (value: ValueNode) => value.loc?.start === loc.start && value.loc?.end === loc.end;

  const inValue = (value: ValueNode, path: string): string | undefined => {
    if (isTarget(value)) return path;
    if (value.kind === Kind.LIST) {
      for (const [i, item] of value.values.entries()) {
        const found = inValue(item, `${path}[${i}]`);
        if (found) return found;
      }
    }
    if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        const found = inValue(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
    }
    return undefined;
  };

  let result: string | undefined;
  const walk = (current: unknown): void => {
    if (result || !current || typeof current !== "object") return;
    const candidate = current as { kind?: string; name?: { value: string }; value?: ValueNode };
    if (candidate.kind === Kind.ARGUMENT && candidate.name && candidate.value) {
      result = inValue(candidate.value, candidate.name.value);
      return;
    }
    for (const [key, child] of Object.entries(current)) {
      if (key === "loc") continue;
      if (Array.isArray(child)) child.forEach(walk);
      else walk(child);
    }
  };
  walk(document);
  return result;
}
