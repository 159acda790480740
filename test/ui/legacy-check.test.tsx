/** Old Office webviews (IE11, Edge Legacy) get a message in both languages, modern ones nothing. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const script = readFileSync(join(__dirname, "../../src/taskpane/legacy/legacy-check.js"), "utf8");

function runWith(userAgent: string): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  delete (window as { kinerjaLegacyWebview?: boolean }).kinerjaLegacyWebview;
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  // The script is plain ES5 that the page loads as is; run it the same way.
  new Function(script)();
  return document.getElementById("root") as HTMLElement;
}

test.each([
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
])("%s gets the message and the pane stays off", (ua) => {
  const root = runWith(ua);
  expect(root.textContent).toMatch(/mesin peramban lama/);
  expect(root.textContent).toMatch(/old browser engine/);
  expect((window as { kinerjaLegacyWebview?: boolean }).kinerjaLegacyWebview).toBe(true);
});

test("a WebView2 (Chromium Edge) pane is left alone", () => {
  const root = runWith(
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0"
  );
  expect(root.textContent).toBe("");
  expect((window as { kinerjaLegacyWebview?: boolean }).kinerjaLegacyWebview).toBeUndefined();
});
