// Sandbox mode (`npm start` without credentials): every simulated vendor,
// started in-process on loopback. Each simulator says how to reach it in the
// same words a real deployment uses, environment variables, so the server is
// configured exactly as it would be for real vendors.
import type { SandboxOptions, SandboxVendor } from "./sandbox-vendor.js";
import { startHesabfaSandbox } from "./hesabfa/sandbox-vendor.js";
import { startHesabitSandbox } from "./hesabit/sandbox-vendor.js";
import { startTahesabSandbox } from "./tahesab/sandbox-vendor.js";

export type { SandboxOptions } from "./sandbox-vendor.js";

/** The simulated vendors of sandbox mode, one starter each. */
const STARTERS: Array<(options: SandboxOptions) => Promise<SandboxVendor>> = [startTahesabSandbox, startHesabfaSandbox, startHesabitSandbox];

export interface SandboxVendors {
  env: Record<string, string>;
  lines: string[];
  close(): Promise<void>;
}

export async function startSandboxVendors(options: SandboxOptions): Promise<SandboxVendors> {
  const started = await Promise.all(STARTERS.map((start) => start(options)));
  return {
    env: Object.assign({}, ...started.map((vendor) => vendor.env)),
    lines: started.map((vendor) => vendor.line),
    close: async () => {
      await Promise.all(started.map((vendor) => vendor.close()));
    },
  };
}
