import "reflect-metadata";
import { composeServices } from "@apollo/composition";
import { ApolloGateway, LocalGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphSchema } from "../src/schema.js";
import { startStack, type Stack } from "./support/harness.js";

describe("hesabgraph as an Apollo Federation 2 subgraph", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("answers _service { sdl } with Etiket keyed by code", async () => {
    const response = await stack.gql<any, any>(`{ _service { sdl } }`);
    const sdl: string = response.data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    expect(sdl).toMatch(/type Etiket implements Node\s+@key\(fields: "code"\)/);
  });

  it("resolves 100 etiket references through _entities in one Tahesab call", async () => {
    const representations = Array.from({ length: 100 }, (_, i) => ({ __typename: "Etiket", code: String(i + 1) }));
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Etiket { code name } } }`,
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data._entities.map((e: any) => e.code)).toEqual(representations.map((r) => r.code));
    expect(stack.sim.count("getetiketinfobycode")).toBe(1);
  });

  it("refuses more references than HESABGRAPH_MAX_CODES, naming representations, before Tahesab is asked", async () => {
    const representations = Array.from({ length: 1001 }, (_, i) => ({ __typename: "Customer", vendor: "TAHESAB", code: String(i + 1) }));
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { code } } }`, { r: representations });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("representations");
    expect(stack.sim.count()).toBe(0);
  });

  it("resolves customer references by vendor and code, with their balances in one getmandehesabbycode call", async () => {
    const representations = ["1", "2", "3", "999999"].map((code) => ({ __typename: "Customer", vendor: "TAHESAB", code }));
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { vendor code name balance { money } } } }`,
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data._entities.map((e: any) => e?.code ?? null)).toEqual(["1", "2", "3", null]);
    expect(response.data._entities[0].name).toBe(stack.sim.state.customer("1")!.Name);
    expect(response.data._entities[0].balance.money).toMatch(/^-?\d+$/);
    expect(stack.sim.count("getmandehesabbycode")).toBe(1);
    // Neighbours share one range read; a distant code gets its own.
    expect(stack.sim.requests.filter((r) => r.command === "DoListMoshtari").map((r) => r.args as number[]).sort((x, y) => x[0] - y[0])).toEqual([[1, 3], [999999, 999999]]);
  });

  it("reads 100 neighbouring customer references as one DoListMoshtari range", async () => {
    const representations = Array.from({ length: 100 }, (_, i) => ({ __typename: "Customer", vendor: "TAHESAB", code: String(i + 1) }));
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { code } } }`, { r: representations });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities.filter((e: unknown) => e !== null)).toHaveLength(30); // the seed has 30 customers
    expect(stack.sim.requests.map((r) => [r.command, r.args])).toEqual([["DoListMoshtari", [1, 100]]]);
  });

  it("composes into a supergraph with another subgraph and answers through a gateway", async () => {
    const sdl = (await stack.gql<any, any>(`{ _service { sdl } }`)).data._service.sdl;
    const shop = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Query { featured: [Etiket!]! }
      type Etiket @key(fields: "code") { code: String! }`;
    const composition = composeServices([
      { name: "hesabgraph", typeDefs: parse(sdl), url: "http://hesabgraph" },
      { name: "shop", typeDefs: parse(shop), url: "http://shop" },
    ]);
    expect(composition.errors ?? []).toEqual([]);

    const { buildSubgraphSchema } = await import("@apollo/subgraph");
    const shopSchema = buildSubgraphSchema({ typeDefs: parse(shop), resolvers: { Query: { featured: () => [{ code: "3" }, { code: "9" }] } } as any });
    const hesabgraphSchema = await buildGraphSchema();
    const gateway = new ApolloGateway({
      supergraphSdl: composition.supergraphSdl!,
      buildService: ({ name, url }) =>
        name === "shop"
          ? new LocalGraphQLDataSource(shopSchema)
          : (new (class extends LocalGraphQLDataSource {
              override process(options: any) {
                // Forward to the running hesabgraph over HTTP, as a real gateway would.
                return fetch(stack.server.url, {
                  method: "POST",
                  headers: { "content-type": "application/json" },
                  body: JSON.stringify({ query: options.request.query, variables: options.request.variables }),
                }).then((r) => r.json());
              }
            })(hesabgraphSchema) as any),
    });
    const server = new ApolloServer({ gateway });
    await server.start();
    try {
      stack.sim.resetRequests();
      const result = await server.executeOperation({ query: "{ featured { code name weightGrams } }" });
      const body = result.body as any;
      expect(body.singleResult.errors).toBeUndefined();
      expect(body.singleResult.data.featured.map((e: any) => e.code)).toEqual(["3", "9"]);
      expect(body.singleResult.data.featured[0].name).toBeTruthy();
      expect(stack.sim.count("getetiketinfobycode")).toBe(1);
    } finally {
      await server.stop();
    }
  });
});
