// Sandbox mode (`npm start` without credentials): every simulated vendor,
// started in-process on loopback. Each simulator says how to reach it in the
// same words a real deployment uses, environment variables, so the server is
// configured exactly as it would be for real vendors.
import { startTahesabSimulator } from "./tahesab/index.js";

export interface SandboxVendors {
  /** Variables that point hesabgraph at the simulators (TAHESAB_URL, …). */
  env: Record<string, string>;
  /** One line per simulator, for the start-up banner. */
  lines: string[];
  close(): Promise<void>;
}

export async function startSandboxVendors(): Promise<SandboxVendors> {
  const tahesab = await startTahesabSimulator({ host: "127.0.0.1", port: 0 });
  return {
    env: {
      TAHESAB_URL: tahesab.url,
      TAHESAB_TOKEN: tahesab.token,
      TAHESAB_DB: tahesab.dbName,
      TAHESAB_CERT_SHA256: tahesab.certificateSha256,
    },
    lines: [`Tahesab simulator  ${tahesab.url}  (a sample gold shop; nothing real is read or written)`],
    close: async () => {
      await tahesab.close();
    },
  };
}
