import { GraphQLError, parse, type GraphQLFormattedError } from "graphql";
import { describe, expect, it } from "vitest";
import { ErrorCode, HesabgraphError, VendorError } from "../src/core/errors.js";
import { createErrorFormatter } from "../src/format-error.js";
import { literalFieldOf } from "../src/literal-field.js";

/** The formatter with a logger that records what it was told. */
function formatter() {
  const logged: Array<{ fields: any; message: string }> = [];
  const logger = { error: (fields: any, message: string) => logged.push({ fields, message }) } as any;
  return { format: createErrorFormatter(logger), logged };
}

/** As Apollo hands a resolver's error to formatError: wrapped, with its own formatting. */
function fromResolver(original: Error, code = "INTERNAL_SERVER_ERROR"): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(original.message, { originalError: original, path: ["etiket"] });
  return [{ message: original.message, path: ["etiket"], locations: [{ line: 1, column: 3 }], extensions: { code, stacktrace: ["Error: at /srv/hesabgraph/x.js:1"] } }, wrapped];
}

describe("the last word on errors", () => {
  it("an unexpected error is logged whole and masked: no message, no stack, no internals", () => {
    const { format, logged } = formatter();
    const original = new TypeError("Cannot read properties of undefined (reading 'Code') at /srv/db password=hunter2");
    const [formatted, error] = fromResolver(original);
    expect(format(formatted, error)).toEqual({ message: "Internal server error", locations: [{ line: 1, column: 3 }], path: ["etiket"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toEqual([{ fields: { err: original }, message: "unexpected error in a resolver" }]);
  });

  it("an error without any code is masked too", () => {
    const { format, logged } = formatter();
    expect(format({ message: "raw" }, new Error("raw"))).toEqual({ message: "Internal server error", locations: undefined, path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toHaveLength(1);
  });

  it("hesabgraph's own errors keep their message and extensions; nothing is logged", () => {
    const { format, logged } = formatter();
    const original = new VendorError("TAHESAB", ErrorCode.VENDOR_TIMEOUT, "Tahesab did not answer", "UNKNOWN", { retryable: true });
    const [formatted, error] = fromResolver(original);
    expect(format(formatted, error)).toEqual({ ...formatted, message: "Tahesab did not answer", extensions: { code: "VENDOR_TIMEOUT", vendor: "TAHESAB", retryable: true } });
    expect(format({ message: "x" }, new HesabgraphError(ErrorCode.NOT_FOUND, "gone"))).toEqual({ message: "gone", extensions: { code: "NOT_FOUND" } });
    expect(logged).toEqual([]);
  });

  it("an error that already has a code keeps it, its stack trace dropped", () => {
    const { format, logged } = formatter();
    expect(format({ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["…"] } }, new GraphQLError("Cannot query field"))).toEqual({
      message: "Cannot query field",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(logged).toEqual([]);
  });

  it("a BAD_USER_INPUT that already names its field keeps that field", () => {
    const { format } = formatter();
    const formatted = { message: 'Variable "$x" got invalid value 1 at "x[0]"', extensions: { code: "BAD_USER_INPUT", field: "kept" } };
    expect(format(formatted, new GraphQLError(formatted.message)).extensions).toEqual({ code: "BAD_USER_INPUT", field: "kept" });
  });

  it("a BAD_USER_INPUT whose message names no variable gets no field, not even an empty one", () => {
    const { format } = formatter();
    expect(Object.keys(format({ message: "Something else", extensions: { code: "BAD_USER_INPUT" } }, new GraphQLError("Something else")).extensions!)).toEqual(["code"]);
    // The variable must open the message.
    const inside = 'Expected Variable "$x" to be set';
    expect(Object.keys(format({ message: inside, extensions: { code: "BAD_USER_INPUT" } }, new GraphQLError(inside)).extensions!)).toEqual(["code"]);
  });

  it("only BAD_USER_INPUT gets a field from a variable's message", () => {
    const { format } = formatter();
    const unused = 'Variable "$x" is never used.';
    expect(format({ message: unused, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError(unused)).extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("Apollo's refusal of a request (HTTP 4xx, no code) is BAD_REQUEST, said as it is", () => {
    const { format, logged } = formatter();
    const refusal = new GraphQLError("provided sha does not match query", { extensions: { http: { status: 400 } } });
    expect(format({ message: refusal.message, extensions: { http: { status: 400 } } }, refusal)).toEqual({ message: "provided sha does not match query", locations: undefined, path: undefined, extensions: { code: "BAD_REQUEST" } });
    for (const status of [399, 500]) {
      const other = new GraphQLError("x", { extensions: { http: { status } } });
      expect(format({ message: "x" }, other).extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    }
    const coded = new GraphQLError("y", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 404 } } });
    expect(format({ message: "y", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }, coded).extensions).toEqual({ code: "PERSISTED_QUERY_NOT_FOUND" });
    expect(format({ message: "z" }, new GraphQLError("z", { extensions: { http: { status: 499 } } })).extensions).toEqual({ code: "BAD_REQUEST" });
    expect(logged).toHaveLength(2);
  });

  it("class-validator failures name every field, list items by index; an empty list leaves the message", () => {
    const { format } = formatter();
    const validationErrors = [
      { property: "input", children: [
        { property: "name", constraints: { length: "name must be 1 to 100 characters", matches: "name must be one line" } },
        { property: "lines", children: [{ property: "12", children: [{ property: "itemCode", constraints: { length: "itemCode too long" } }] }] },
        { property: "line2", constraints: { a: "line2 bad" } },
        { property: "2x", constraints: { b: "2x bad" } },
      ] },
    ];
    const result = format({ message: "Argument Validation Error", extensions: { code: "BAD_USER_INPUT", validationErrors } }, new GraphQLError("Argument Validation Error"));
    expect(result).toEqual({
      message:
        'Invalid value for "input.name": name must be 1 to 100 characters; name must be one line. Invalid value for "input.lines[12].itemCode": itemCode too long. ' +
        'Invalid value for "input.line2": line2 bad. Invalid value for "input.2x": 2x bad',
      extensions: {
        code: "BAD_USER_INPUT", field: "input.name",
        fields: [
          { field: "input.name", problems: ["name must be 1 to 100 characters", "name must be one line"] },
          { field: "input.lines[12].itemCode", problems: ["itemCode too long"] },
          { field: "input.line2", problems: ["line2 bad"] },
          { field: "input.2x", problems: ["2x bad"] },
        ],
      },
    });
    const fromOriginal = new GraphQLError("Argument Validation Error", { extensions: { validationErrors: [{ property: "first", constraints: { min: "first must be at least 1" } }] } });
    expect(format({ message: "Argument Validation Error" }, fromOriginal)).toMatchObject({ message: 'Invalid value for "first": first must be at least 1', extensions: { field: "first" } });
    expect(format({ message: "Argument Validation Error", extensions: { validationErrors: [] } }, new GraphQLError("x"))).toEqual({
      message: "Argument Validation Error",
      extensions: { code: "BAD_USER_INPUT", field: undefined, fields: [] },
    });
  });

  it("a literal that fails validation is BAD_USER_INPUT naming its argument path; other validation failures are left alone", () => {
    const { format } = formatter();
    const document = parse(`{ etikets(codes: ["1", 2]) { code } other: sanads(from: { day: 3 }) { x } }`);
    const item = (document.definitions[0] as any).selectionSet.selections[0].arguments[0].value.values[1];
    const formatted = { message: "String cannot represent a non string value: 2", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(format(formatted, new GraphQLError(formatted.message, { nodes: item }))).toEqual({ ...formatted, extensions: { code: "BAD_USER_INPUT", field: "codes[1]" } });
    const inner = (document.definitions[0] as any).selectionSet.selections[1].arguments[0].value.fields[0].value;
    const missing = { message: 'Field "JalaliRange.to" of required type "String!" was not provided.', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(format(missing, new GraphQLError(missing.message, { nodes: inner })).extensions).toEqual({ code: "BAD_USER_INPUT", field: "from.day.to" });
    const bare = { message: 'Field "to" of required type "String!" was not provided.', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(format(bare, new GraphQLError(bare.message, { nodes: inner })).extensions).toEqual({ code: "BAD_USER_INPUT", field: "from.day.to" });
    const quoted = { message: 'Expected: Field "to" of required type "String!" was not provided.', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(format(quoted, new GraphQLError(quoted.message, { nodes: inner })).extensions).toEqual({ code: "BAD_USER_INPUT", field: "from.day" });
    // A value outside any argument (a variable's default): the validation error stands.
    const defaults = parse(`query ($v: Int = "x") { a }`) as any;
    const defaultValue = defaults.definitions[0].variableDefinitions[0].defaultValue;
    expect(format({ message: "m", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError("m", { nodes: defaultValue })).extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    // A node that is not a value (a field), or no node at all: the validation error stands.
    const field = (document.definitions[0] as any).selectionSet.selections[0];
    expect(format({ message: "m", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError("m", { nodes: field })).extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(format({ message: "m", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError("m")).extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    // A BAD_USER_INPUT is not rewritten as a literal.
    expect(format({ message: "m", extensions: { code: "BAD_USER_INPUT" } }, new GraphQLError("m", { nodes: item })).extensions).toEqual({ code: "BAD_USER_INPUT" });
  });
});

describe("where a literal sits in the arguments", () => {
  const valueAt = (source: string, pick: (document: any) => any) => literalFieldOf(pick(parse(source)));
  it("an argument, a list item, an object field, nested", () => {
    const source = `{ a(x: 1, list: [1, [2, 3]], obj: { p: { q: [4, { r: 5 }] } }) }`;
    const args = (d: any) => d.definitions[0].selectionSet.selections[0].arguments;
    expect(valueAt(source, (d) => args(d)[0].value)).toBe("x");
    expect(valueAt(source, (d) => args(d)[1].value.values[1].values[0])).toBe("list[1][0]");
    expect(valueAt(source, (d) => args(d)[2].value.fields[0].value.fields[0].value.values[1].fields[0].value)).toBe("obj.p.q[1].r");
  });

  it("nothing to name: no node, no location, or a value outside any argument", () => {
    expect(literalFieldOf(undefined)).toBeUndefined();
    const noLocation = parse(`{ a(x: 1) }`, { noLocation: true }) as any;
    expect(literalFieldOf(noLocation.definitions[0].selectionSet.selections[0].arguments[0].value)).toBeUndefined();
    expect(valueAt(`query ($v: Int = 3) { a }`, (d) => d.definitions[0].variableDefinitions[0].defaultValue)).toBeUndefined();
  });
});
