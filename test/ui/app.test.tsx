/** The first task pane: Indonesian by default, English on request, future actions disabled. */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BLITAR_2021 } from "../../src/core/decree";
import { App } from "../../src/taskpane/App";
import { ACTION_KEYS, type ActionImpls } from "../../src/taskpane/actions";
import { LangProvider, langFromOffice } from "../../src/taskpane/i18n";
import type { Lang } from "../../src/core/i18n";

function renderPane(actions: ActionImpls = {}, lang: Lang = "id", inExcel = false) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={lang}>
        <App decree={BLITAR_2021} inExcel={inExcel} actions={actions} />
      </LangProvider>
    </FluentProvider>
  );
}

test("speaks Indonesian by default and lists every action, disabled until it exists", () => {
  renderPane();
  expect(screen.getByRole("heading", { name: "Kinerja" })).toBeTruthy();
  const buttons = screen.getAllByRole("button");
  expect(buttons.map((b) => b.textContent)).toEqual([
    "Buat Template",
    "Ubah Lembar Ini Menjadi Template",
    "Validasi",
    "Hitung Capaian",
    "Buat Grafik",
    "Ekspor untuk Rapat",
  ]);
  for (const b of buttons) expect(b.hasAttribute("disabled") || b.getAttribute("aria-disabled") === "true").toBe(true);
  expect(screen.getAllByText("Segera hadir")).toHaveLength(ACTION_KEYS.length);
  expect(screen.getByText(/KPU Kota Blitar Tahun 2021/)).toBeTruthy();
  expect(screen.getByText(/35 indikator dalam 4 tabel/)).toBeTruthy();
});

test("says when it runs outside Excel, and not inside", () => {
  const { unmount } = renderPane();
  expect(screen.getByText(/di luar Excel/)).toBeTruthy();
  unmount();
  renderPane({}, "id", true);
  expect(screen.queryByText(/di luar Excel/)).toBeNull();
});

test("switches to English and back", () => {
  renderPane();
  fireEvent.click(screen.getByLabelText("English"));
  expect(screen.getByRole("button", { name: "Validate" })).toBeTruthy();
  expect(screen.getByText(/35 indicators in 4 tables/)).toBeTruthy();
  fireEvent.click(screen.getByLabelText("Bahasa Indonesia"));
  expect(screen.getByRole("button", { name: "Validasi" })).toBeTruthy();
});

test("an action with an implementation is enabled and runs on click", () => {
  const validate = jest.fn(() => Promise.resolve());
  renderPane({ validate });
  const button = screen.getByRole("button", { name: "Validasi" });
  expect(button.hasAttribute("disabled")).toBe(false);
  fireEvent.click(button);
  expect(validate).toHaveBeenCalledTimes(1);
});

test.each([
  ["en-US", "en"],
  ["en-GB", "en"],
  ["id-ID", "id"],
  ["fr-FR", "id"],
  [undefined, "id"],
])("Office display language %s gives %s", (tag, lang) => {
  expect(langFromOffice(tag)).toBe(lang);
});
