/**
 * Entry point of the task pane. Office.js comes from Office's CDN; outside Office (a browser,
 * or offline) `Office` may be undefined, and the pane still renders, saying so.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { BLITAR_2021 } from "../core/decree/blitar-2021";
import { TaskPane } from "./TaskPane";
import { NO_HOST, officeHost, type PaneHost } from "./host";

async function detectHost(): Promise<PaneHost> {
  if (typeof Office === "undefined") return NO_HOST;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? officeHost(Office.context.displayLanguage) : NO_HOST;
}

async function main(): Promise<void> {
  const host = await detectHost();
  createRoot(document.getElementById("root") as HTMLElement).render(<TaskPane host={host} decree={BLITAR_2021} />);
}

// Internet Explorer / Edge Legacy webviews get legacy-check.js's message instead of the pane.
if (!(window as { kinerjaLegacyWebview?: boolean }).kinerjaLegacyWebview) void main();
