import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./support/harness.js";

// Every ```graphql block of the README, in order: what a new user will paste into GraphiQL.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("README examples", () => {
  let stack: Stack;
  beforeAll(async () => {
    // Hesabit connected (as after the one login the README asks of a sandbox user), Hesabfa beside it.
    stack = await startStack({ hesabit: true, hesabfa: true });
  });
  afterAll(() => stack.close());

  it("has examples to run", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  examples.forEach((example, i) => {
    const title = example.split("\n").find((line) => line.startsWith("#"))?.slice(1).trim() ?? example.slice(0, 60);
    it(`#${i + 1} runs against the sandbox without errors: ${title}`, async () => {
      const response = await stack.gql(example);
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expect(response.data).toBeTruthy();
      // Every top-level field answered something (an example that returns nothing teaches nothing).
      for (const [field, value] of Object.entries(response.data as Record<string, unknown>)) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
    });
  });
});
