// Hesabfa in sandbox mode: a sample shop's business on loopback, and the
// variables that reach it, including a change hook back to hesabgraph.
import { randomBytes } from "node:crypto";
import type { SandboxOptions, SandboxVendor } from "../sandbox-vendor.js";
import { startHesabfaSimulator } from "./index.js";

export async function startHesabfaSandbox(options: SandboxOptions): Promise<SandboxVendor> {
  const hesabfa = await startHesabfaSimulator({ host: "127.0.0.1", port: 0 });
  return {
    env: {
      HESABFA_URL: hesabfa.url,
      HESABFA_API_KEY: hesabfa.apiKey,
      HESABFA_LOGIN_TOKEN: hesabfa.loginToken,
      HESABFA_HOOK_SECRET: randomBytes(18).toString("base64url"),
      HESABFA_HOOK_PASSWORD: randomBytes(18).toString("base64url"),
      HESABFA_PUBLIC_URL: options.publicUrl,
    },
    line: `Hesabfa simulator  ${hesabfa.url}  (a sample home-appliance shop; nothing real is read or written)`,
    close: () => hesabfa.close(),
  };
}
