import { expect } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

/** The ConfigError `loadConfig` refuses `env` with; fails the test if it is accepted. */
export function configRefusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}
