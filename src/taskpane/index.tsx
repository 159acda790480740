/**
 * Entry point of the task pane. Office.js comes from Office's CDN; outside Office (a browser,
 * or offline) `Office` may be undefined, and the pane still renders, saying so.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BLITAR_2021 } from "../core/decree";
import { App } from "./App";
import { LangProvider, langFromOffice } from "./i18n";

async function officeHost(): Promise<{ inExcel: boolean; displayLanguage?: string }> {
  if (typeof Office === "undefined") return { inExcel: false };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? Office.context.displayLanguage : undefined };
}

async function main(): Promise<void> {
  const host = await officeHost();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={langFromOffice(host.displayLanguage)}>
        <App decree={BLITAR_2021} inExcel={host.inExcel} actions={{}} />
      </LangProvider>
    </FluentProvider>
  );
}

void main();
