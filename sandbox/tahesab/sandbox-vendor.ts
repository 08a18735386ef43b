// Tahesab in sandbox mode: a sample gold shop on loopback, and the variables that reach it.
import type { SandboxVendor } from "../sandbox-vendor.js";
import { startTahesabSimulator } from "./index.js";

export async function startTahesabSandbox(): Promise<SandboxVendor> {
  const tahesab = await startTahesabSimulator({ host: "127.0.0.1", port: 0 });
  return {
    env: {
      TAHESAB_URL: tahesab.url,
      TAHESAB_TOKEN: tahesab.token,
      TAHESAB_DB: tahesab.dbName,
      TAHESAB_CERT_SHA256: tahesab.certificateSha256,
    },
    line: `Tahesab simulator  ${tahesab.url}  (a sample gold shop; nothing real is read or written)`,
    close: () => tahesab.close(),
  };
}
