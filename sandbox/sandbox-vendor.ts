/** One simulated vendor started for sandbox mode. */
export interface SandboxVendor {
  /** Variables that point hesabgraph at the simulator, exactly as for the real vendor (TAHESAB_URL, …). */
  env: Record<string, string>;
  /** One line for the start-up banner. */
  line: string;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Where the sandbox may keep files across restarts (HESABGRAPH_STATE_DIR), or undefined for none. */
  stateDir?: string;
  /** The address hesabgraph will listen on (for OAuth redirects and webhooks), e.g. http://localhost:4000. */
  publicUrl: string;
}
