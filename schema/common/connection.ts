import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType({ description: "Where a page of a connection stands (Relay cursor connections)." })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage: boolean;

  @Field({ description: "True when items come before this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number | null;
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` types for one node type
 * (type-graphql's generic-type pattern: call once per type, at module level).
 */
export function Connection<T extends object>(NodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: "Opaque cursor of this item." })
    cursor: string;

    @Field(() => NodeClass, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${name} items of this page, in order.` })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: "Where this page stands: whether more follow, and the cursors to get them." })
    pageInfo: PageInfo;

    @Field(() => Int, { nullable: true, description: "How many items in all, when the vendor tells; null otherwise." })
    totalCount?: number | null;
  }
  return ConnectionType;
}

/** Opaque cursors: base64url of a small position string. */
export const cursor = {
  encode: (position: string): string => Buffer.from(`c:${position}`, "utf8").toString("base64url"),
  decode: (value: string): string | undefined => {
    const text = /^[A-Za-z0-9_-]{1,200}$/.test(value) ? Buffer.from(value, "base64url").toString("utf8") : "";
    return text.startsWith("c:") ? text.slice(2) : undefined;
  },
};
