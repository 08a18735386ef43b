import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { checkHealth, readAnswer } from "./answers.js";
import type { AddOnSetting } from "./config.js";
import { TahesabRefusal, type TahesabClient } from "./client.js";

/**
 * Which generation of Tahesab's API add-on a shop runs. `current` add-ons
 * take the newer argument forms real clients send (a client-chosen
 * Factor_Code on every document, a chosen customer code, the 6-argument
 * DoListAsnad) and answer `CheckHealth`; `older` ones take only the forms of
 * the seed's page.
 */
export type AddOn = Exclude<AddOnSetting, "auto">;

/**
 * Learns the add-on once: TAHESAB_ADDON when it names one, else by asking
 * `CheckHealth` — a current add-on answers it, an older one refuses it as a
 * command it does not know. A failure to reach the shop learns nothing (the
 * next call asks again).
 */
export class AddOnDetector {
  private learnt?: Promise<AddOn>;

  constructor(private readonly client: TahesabClient, private readonly setting: AddOnSetting) {}

  addOn(): Promise<AddOn> {
    if (this.setting !== "auto") return Promise.resolve(this.setting);
    this.learnt ??= this.ask().catch((error: unknown) => {
      this.learnt = undefined;
      throw error;
    });
    return this.learnt;
  }

  private async ask(): Promise<AddOn> {
    try {
      await this.client.read("CheckHealth", []);
      return "current";
    } catch (error) {
      if (error instanceof TahesabRefusal) return "older";
      throw error;
    }
  }

  /**
   * Readiness: CheckHealth where the add-on has it (its database must be the
   * one TAHESAB_DB names), a harmless balance lookup on older add-ons.
   */
  async ping(): Promise<void> {
    if ((await this.addOn()) === "older") {
      try {
        await this.client.read("getmandehesabbycode", ["0"]);
      } catch (error) {
        if (error instanceof TahesabRefusal) throw this.refused(error);
        throw error;
      }
      return;
    }
    let health;
    try {
      health = readAnswer("CheckHealth", checkHealth, await this.client.read("CheckHealth", []));
    } catch (error) {
      if (error instanceof TahesabRefusal) throw this.refused(error);
      throw error;
    }
    if (!/^ok$/i.test(health.Api_Status)) {
      throw new VendorError("TAHESAB", ErrorCode.VENDOR_UNAVAILABLE, `Tahesab's add-on reports Api_Status ${JSON.stringify(health.Api_Status)}.`, "REJECTED", { retryable: true });
    }
    if (health.DBName && health.DBName.toLowerCase() !== this.client.dbName.toLowerCase()) {
      throw new VendorError(
        "TAHESAB",
        ErrorCode.VENDOR_ERROR,
        `Tahesab's add-on opened the database ${JSON.stringify(health.DBName)}, not the ${JSON.stringify(this.client.dbName)} that TAHESAB_DB names: ` +
          "set TAHESAB_DB to the environment you mean.",
        "REJECTED",
      );
    }
  }

  /** A harmless probe refused: most often the environment (DBName) the add-on does not know. */
  private refused(error: TahesabRefusal): VendorError {
    return new VendorError(
      "TAHESAB",
      ErrorCode.VENDOR_ERROR,
      `Tahesab refused ${error.command} (${error.text}); check TAHESAB_DB (now ${JSON.stringify(this.client.dbName)}).`,
      "REJECTED",
    );
  }
}
