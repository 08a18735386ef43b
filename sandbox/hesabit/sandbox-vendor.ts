// Hesabit in sandbox mode: a sample business on loopback with an OAuth server
// the user connects through hesabgraph's own /auth/hesabit/login, as with the
// real Hesabit. With a state dir, the simulator keeps its client, the tokens it
// issued and its data in a file there (hesabgraph keeps its side in its own
// state file), so a connected sandbox stays connected across restarts.
import { join } from "node:path";
import type { SandboxOptions, SandboxVendor } from "../sandbox-vendor.js";
import { startHesabitSimulator } from "./index.js";

const CALLBACK = "/auth/hesabit/callback";

export async function startHesabitSandbox(options: SandboxOptions): Promise<SandboxVendor> {
  const publicUrl = new URL(options.publicUrl);
  // The port is known unless hesabgraph picks one (PORT=0): then the simulator accepts any
  // loopback port, and hesabgraph derives its callback from the address the login is opened at.
  const port = publicUrl.port !== "" && publicUrl.port !== "0" ? publicUrl.port : undefined;
  const callbacks = port ? [...new Set([publicUrl.hostname, "localhost", "127.0.0.1"])].map((host) => `http://${host}:${port}${CALLBACK}`) : undefined;
  const hesabit = await startHesabitSimulator({
    host: "127.0.0.1",
    port: 0,
    redirectUris: callbacks,
    persistFile: options.stateDir ? join(options.stateDir, "hesabit-simulator.json") : undefined,
  });
  const login = port ? `${publicUrl.origin}/auth/hesabit/login` : "/auth/hesabit/login on this server";
  return {
    env: {
      HESABIT_API_URL: hesabit.apiUrl,
      HESABIT_AUTH_URL: hesabit.authUrl,
      HESABIT_CLIENT_ID: hesabit.clientId,
      HESABIT_CLIENT_SECRET: hesabit.clientSecret,
      ...(callbacks ? { HESABIT_REDIRECT_URI: callbacks[0] } : {}),
    },
    line: `Hesabit simulator  ${hesabit.apiUrl}  (a sample business; connect it once at ${login})`,
    close: () => hesabit.close(),
  };
}
