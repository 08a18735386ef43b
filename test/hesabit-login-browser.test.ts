import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumBrowser } from "./support/debian.js";
import { postGraphQL } from "./support/harness.js";
import { startMain, waitForOutput, type StartedProcess } from "./support/start-process.js";

// The README's promise to a new user, checked the way that user would: the
// start command in sandbox mode, Debian's chromium, a click on Hesabit's page.
const CHROMIUM = chromiumBrowser();
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CUSTOMERS = `{ hesabitCustomers(first: 3) { edges { node { name } } } }`;

describe.skipIf(!CHROMIUM.available)("connecting Hesabit in a real browser, against the start command", () => {
  let browser: Browser;
  let server: StartedProcess;
  const stateDir = mkdtempSync(join(tmpdir(), "hesabgraph-browser-"));

  const start = async () => {
    server = startMain({ PORT: "0", HOST: "127.0.0.1", HESABGRAPH_STATE_DIR: stateDir });
    const [, url] = await waitForOutput(server, /GraphiQL: (http:\/\/\S+\/graphql)/);
    return url;
  };
  const stop = async () => {
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM.path, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGKILL");
  });

  it("opening /auth/hesabit/login ends on the connected page; customers answer, and still do after a restart", async () => {
    const url = await start();
    const page = await browser.newPage();
    await page.goto(new URL("/auth/hesabit/login", url).toString());
    // Hesabit's consent page (the simulator's): approve.
    await page.locator('button[value="approve"]').click();
    await page.waitForURL(/\/auth\/hesabit\/callback/);
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toBe("Hesabit is connected");
    expect(await page.locator("body").innerText()).toContain("حسابیت متصل شد");
    await page.close();

    const connected = await postGraphQL<any>(url, CUSTOMERS);
    expect(connected.errors).toBeUndefined();
    expect(connected.data.hesabitCustomers.edges).toHaveLength(3);
    await stop();

    const again = await start();
    const restarted = await postGraphQL<any>(again, CUSTOMERS);
    expect(restarted.errors).toBeUndefined();
    expect(restarted.data).toEqual(connected.data);
    await stop();
  }, 90_000);
});
