import { ACCESS_KINDS, newKey, type Access } from "./auth/api-keys.js";

/**
 * `hesabgraph key [--name pos] [--access read|read-write|metrics] [--tenant shop-a]`
 * (`npm run --silent key -- …`): prints a new API key, once, and the lines
 * that configure its hash. Nothing is stored: the key exists only in what
 * this prints.
 */
export function keyCommand(args: readonly string[]): { output: string; status: number } {
  const options: Record<string, string> = { name: "client", access: "read-write", tenant: "" };
  for (let i = 0; i < args.length; i++) {
    const match = /^--(name|access|tenant)(?:=(.*))?$/.exec(args[i]);
    const value = match?.[2] ?? args[i + 1];
    if (!match || value === undefined) {
      return { status: 2, output: "usage: hesabgraph key [--name pos] [--access read|read-write|metrics] [--tenant shop-a]\n" };
    }
    options[match[1]] = value;
    if (match[2] === undefined) i++;
  }
  if (!(ACCESS_KINDS as readonly string[]).includes(options.access)) {
    return { status: 2, output: `--access must be read, read-write or metrics (got ${JSON.stringify(options.access.slice(0, 20))})\n` };
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/.test(options.name)) {
    return { status: 2, output: "--name must be 1 to 63 letters, digits, \".\", \"_\" or \"-\", such as pos or bi-reports\n" };
  }
  const access = options.access as Access;
  const { key, sha256 } = newKey();
  const tenant = options.tenant || "<tenant id>";
  const fileEntry = JSON.stringify({ name: options.name, ...(access === "metrics" ? {} : { tenant }), access, sha256 });
  return {
    status: 0,
    output: [
      `New API key "${options.name}" (${access}). Give it to the client now; it is shown only this once:`,
      "",
      `  ${key}`,
      "",
      "Configure its hash (the server keeps only the hash, never the key):",
      `  single tenant, environment:  HESABGRAPH_API_KEYS=${options.name}:${access}:${sha256}`,
      "                               (several keys: comma-separated)",
      `  tenants file, "keys" list:   ${fileEntry}`,
      "",
      `The client sends:  Authorization: Bearer ${key}`,
      "",
    ].join("\n"),
  };
}
