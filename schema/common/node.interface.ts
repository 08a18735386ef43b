import { Field, ID, InterfaceType } from "type-graphql";

/** Marks a plain record with the GraphQL type it is, for interface resolution. */
export type Typed<T> = T & { __typename: string };

@InterfaceType({
  description: "An object with a global id: `node(id:)` finds it again (Relay object identification).",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global id, opaque; names the vendor, the type and the vendor's own id." })
  id: string;
}
