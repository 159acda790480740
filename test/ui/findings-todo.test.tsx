/**
 * Each finding says what to do once: its message where the message says it, else the todo
 * line under it ("Yang perlu dilakukan: …").
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { finding } from "../../src/core/rules/finding";
import type { LocatedFinding } from "../../src/core/workbook/validate-plan";
import { FindingsPanel } from "../../src/taskpane/components/FindingsPanel";

function located(f: ReturnType<typeof finding>, cell: string): LocatedFinding {
  return {
    ...f,
    sheet: "RKT KPU",
    cell,
    cellValue: 45000,
    cellFormat: "d/m/yyyy",
    indicatorNo: "1.",
    indicatorText: "Indikator 1",
  };
}

test("an instruction in the finding's message is not repeated as its todo", () => {
  const date = located(
    finding("realisasi.looksLikeDate", "rkt-1", "realisasi", { value: 45000 }, 1),
    "I5"
  );
  const missing = located(finding("target.missing", "rkt-2", "target"), "H6");
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsPanel
        findings={[date, missing]}
        fixed={[]}
        onGoTo={() => undefined}
        onFix={() => undefined}
        onTidy={() => undefined}
        busy={false}
      />
    </FluentProvider>
  );
  const text = document.body.textContent ?? "";
  const count = (s: string) => text.split(s).length - 1;
  expect(count("Ubah format sel menjadi Angka atau Persen")).toBe(1);
  // A message that says only what is wrong keeps its todo.
  expect(screen.getByText("Yang perlu dilakukan: Isi target sesuai keputusan.")).toBeTruthy();
  expect(count("Yang perlu dilakukan")).toBe(1);
});
