/**
 * Entry point of playground.html: the task pane beside a workbook held by the strict Excel
 * double (src/excel-double), so the add-in can be tried on a machine without Excel. No Office.js,
 * nothing remote. `window.kinerjaPlayground` exposes the store for browser tests and poking.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Playground } from "./Playground";
import { PlaygroundStore } from "./store";

declare global {
  interface Window {
    kinerjaPlayground?: PlaygroundStore;
  }
}

const store = new PlaygroundStore();
window.kinerjaPlayground = store;
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <Playground store={store} />
  </FluentProvider>
);
