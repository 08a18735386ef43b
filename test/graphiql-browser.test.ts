import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumBrowser } from "./support/debian.js";
import { startMain, waitForOutput, type StartedProcess } from "./support/start-process.js";

// Debian's chromium (`apt-get install chromium`; .ci/run installs it and sets CI, which makes it required):
// this is the README's promise to a new user, checked the way that user would.
const CHROMIUM = chromiumBrowser();

// As root in CI, and with no network beyond loopback: no sandbox, no background calls home.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const text = (value: string) => value.replace(/\u00a0/g, " ");

describe.skipIf(!CHROMIUM.available)("GraphiQL in a real browser, against the start command", () => {
  let server: StartedProcess;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    server = startMain({ PORT: "0", HOST: "127.0.0.1" });
    [, url] = await waitForOutput(server, /GraphiQL: (http:\/\/\S+\/graphql)/);
    browser = await chromium.launch({ executablePath: CHROMIUM.path, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("the query GraphiQL opens with runs as it is, with one press of ▶", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });
    await page.click(".graphiql-execute-button");
    const response = page.locator(".graphiql-response .view-lines");
    await expect.poll(async () => text(await response.innerText()), { timeout: 15_000 }).toContain('"etikets"');
    const shown = JSON.parse(text(await response.innerText()));
    expect(shown.errors).toBeUndefined();
    expect(shown.data.etikets.map((e: { code: string }) => e.code)).toEqual(["1", "2", "3"]);
    await page.close();
  }, 60_000);

  it("a query typed into GraphiQL returns sandbox etikets, and the page asks nothing of any other host", async () => {
    const page = await browser.newPage();
    const origin = new URL(url).origin;
    const elsewhere: string[] = [];
    const pageErrors: string[] = [];
    page.on("request", (request) => {
      const address = request.url();
      if (!address.startsWith(origin) && !/^(data|blob):/.test(address)) elsewhere.push(address);
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(url);
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText('{ etikets(codes: ["12", "999999"]) { code name weightGrams } }');
    // Run at once, as an impatient user would (this once failed: "Cannot infer operation").
    await page.click(".graphiql-execute-button");

    const response = page.locator(".graphiql-response .view-lines");
    await expect.poll(async () => text(await response.innerText()), { timeout: 15_000 }).toContain('"code": "12"');
    const shown = JSON.parse(text(await response.innerText()));
    expect(shown.errors).toBeUndefined();
    expect(shown.data.etikets).toHaveLength(2);
    expect(shown.data.etikets[0]).toMatchObject({ code: "12", weightGrams: expect.any(Number) });
    expect(shown.data.etikets[0].name).toMatch(/[\u0600-\u06FF]/);
    expect(shown.data.etikets[1]).toBeNull();

    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
