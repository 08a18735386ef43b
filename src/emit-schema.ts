import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildGraphSchema, printGraphSchema } from "./schema.js";

/** `npm run schema`: writes schema/schema.graphql from the TypeGraphQL classes. */
const target = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));
writeFileSync(target, printGraphSchema(await buildGraphSchema()));
process.stdout.write(`wrote ${target}\n`);
