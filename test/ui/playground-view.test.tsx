/**
 * The playground is "Simulasi Excel" for people trying Kinerja: its default view speaks to
 * them, not to developers; the Excel version and the request counter sit behind a switch.
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Playground } from "../../src/playground/Playground";
import { PlaygroundStore } from "../../src/playground/store";

jest.setTimeout(30_000);

const DEVELOPER_WORDS = [
  /taman uji/i,
  /tiruan/i,
  /sinkronisasi/i,
  /ExcelApi/,
  /permintaan ke Excel/i,
];

test("the default view has no developer words; the switch shows the version and the counter", async () => {
  const store = new PlaygroundStore();
  render(
    <FluentProvider theme={webLightTheme}>
      <Playground store={store} />
    </FluentProvider>
  );
  expect(screen.getByRole("heading", { name: "Simulasi Excel Kinerja" })).toBeTruthy();
  const text = () => document.body.textContent ?? "";
  for (const word of DEVELOPER_WORDS) expect(text()).not.toMatch(word);
  await act(async () => {
    fireEvent.click(screen.getByRole("switch", { name: "Alat pengembang" }));
  });
  expect(screen.getByLabelText("Versi Excel (ExcelApi)")).toBeTruthy();
  expect(text()).toMatch(/\d+ permintaan ke Excel/);
});
