/**
 * The use-case layer on its own: what runAction reads, refuses, plans and applies, through a
 * port that records every call (over the file port, so the workbook is real).
 */
import ExcelJS from "exceljs";
import {
  CAPAIAN,
  CHARTS,
  KinerjaError,
  READ_SETTINGS,
  TEMPLATE,
  TIDY,
  VALIDATE,
  leftOutLines,
  runAction,
  type ReadNeeds,
  type WorkbookPort,
} from "../../src/app";
import { inTableSet } from "../../src/app/port";
import { BLITAR_2021 } from "../../src/core/decree";
import { REQUIREMENT, type Plan, type PlanOp } from "../../src/core/workbook/plan";
import { readSettings } from "../../src/core/workbook/settings";
import { filePort } from "../../src/xlsx/port";
import { readWorkbook } from "../../src/xlsx/read";
import { rktCell } from "../fixtures/rkt-columns";

function recording(wb: ExcelJS.Workbook) {
  const inner = filePort(wb);
  const reads: ReadNeeds[] = [];
  const applied: Plan[] = [];
  const port: WorkbookPort = {
    read: (needs) => (reads.push(needs), inner.read(needs)),
    apply: (plan, options) => (applied.push(plan), inner.apply(plan, options)),
  };
  return { port, reads, applied };
}

async function template(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await runAction(filePort(wb), TEMPLATE, { decree: BLITAR_2021 }, undefined);
  return wb;
}

test("an action that needs the template refuses a workbook without one, before any write", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data Saya").getCell("A1").value = "catatan";
  const r = recording(wb);
  const refusal = runAction(r.port, CAPAIAN, { decree: BLITAR_2021 }, undefined);
  await expect(refusal).rejects.toBeInstanceOf(KinerjaError);
  await expect(refusal).rejects.toMatchObject({
    text: { id: expect.stringMatching(/Mulai dari Keputusan/) },
  });
  expect(r.reads).toEqual([{ tables: "rules" }]);
  expect(r.applied).toEqual([]);
});

test("each action reads only the tables it needs", async () => {
  const wb = await template();
  const r = recording(wb);
  const input = { decree: BLITAR_2021 };
  await runAction(r.port, VALIDATE, input, { highlight: false });
  await runAction(r.port, CAPAIAN, input, undefined);
  await runAction(r.port, CHARTS, input, undefined);
  await runAction(r.port, READ_SETTINGS, input, undefined, { write: false });
  expect(r.reads.map((n) => n.tables)).toEqual(["rules", "rules", "charts", "rules"]);
  expect(inTableSet("rules", "Kinerja_rkt_kpu")).toBe(true);
  expect(inTableSet("rules", "Kinerja_iku_kpu")).toBe(false);
  expect(inTableSet("info", "Kinerja_rkt_kpu")).toBe(false);
  expect(inTableSet("charts", "Kinerja_Ringkasan")).toBe(true);
  expect(inTableSet("none", "Kinerja_Info")).toBe(false);
});

test("without a write nothing is applied, and the outcome says what would change", async () => {
  const wb = await template();
  const r = recording(wb);
  const o = await runAction(r.port, CAPAIAN, { decree: BLITAR_2021 }, undefined, { write: false });
  expect(r.applied).toEqual([]);
  expect(o.report).toEqual({ applied: 0, syncs: 0, leftOut: [] });
  expect(o.plan.ops.length).toBeGreaterThan(0);
  expect(o.summary[0]?.id).toMatch(/^Capaian: 16 indikator/);
  expect(o.summary[0]?.en).toMatch(/^Capaian: 16 indicators/);
});

test("settings are read once from the Info sheet; overrides win and, for formulas, are written there first", async () => {
  const wb = await template();
  const r = recording(wb);
  const input = {
    decree: BLITAR_2021,
    overrides: { reportingQuarter: 2 as const, cap: "100" as const },
  };
  const o = await runAction(r.port, CAPAIAN, input, undefined);
  expect(o.resolved.settings).toMatchObject({ reportingQuarter: 2, cap: "100", kategori: "five" });
  const [plan] = r.applied;
  const first = plan?.ops.slice(0, 2).map((op) => (op.op === "write" ? op.values : op.op));
  expect(first).toEqual([[["TW II"]], [["100%"]]]);
  // The workbook now says what the action computed with.
  expect(readSettings(readWorkbook(wb)).settings).toMatchObject({
    reportingQuarter: 2,
    cap: "100",
  });
});

test("an override with no Info cell to hold it is refused when writing, used when only planning", async () => {
  const wb = await template();
  wb.removeWorksheet(wb.getWorksheet("Info Kinerja")!.id);
  const input = { decree: BLITAR_2021, overrides: { reportingQuarter: 1 as const } };
  const r = recording(wb);
  await expect(runAction(r.port, CAPAIAN, input, undefined)).rejects.toMatchObject({
    text: { id: expect.stringMatching(/TW Pelaporan/) },
  });
  expect(r.applied).toEqual([]);
  const planned = await runAction(r.port, CAPAIAN, input, undefined, { write: false });
  expect(planned.resolved.settings.reportingQuarter).toBe(1);
});

test("the built-in decree is compared only with a workbook that names it, unless chosen", async () => {
  const wb = await template();
  const named = await runAction(
    filePort(wb),
    VALIDATE,
    { decree: BLITAR_2021 },
    { highlight: false },
    { write: false }
  );
  expect(named.resolved.compareWith).toBe(BLITAR_2021);
  const other = { ...BLITAR_2021, number: "99 Tahun 2099" };
  const unnamed = await runAction(
    filePort(wb),
    VALIDATE,
    { decree: other },
    { highlight: false },
    { write: false }
  );
  expect(unnamed.resolved.compareWith).toBeUndefined();
  const chosen = await runAction(
    filePort(wb),
    VALIDATE,
    { decree: other, decreeChosen: true },
    { highlight: false },
    { write: false }
  );
  expect(chosen.resolved.compareWith).toBe(other);
});

test("a protected sheet the plan touches is refused before anything is applied", async () => {
  const wb = await template();
  await wb.getWorksheet("RKT KPU")!.protect("", {});
  const r = recording(wb);
  await expect(
    runAction(r.port, CAPAIAN, { decree: BLITAR_2021 }, undefined)
  ).rejects.toMatchObject({
    text: { id: expect.stringMatching(/RKT KPU.*dilindungi/) },
  });
  expect(r.applied).toEqual([]);
});

test("a fix is only written into the cell it is about: without an Agregasi column, Kumulatif is not offered", async () => {
  const wb = await template();
  const ws = wb.getWorksheet("RKT Sekretariat")!;
  let agregasi = 0;
  ws.getRow(4).eachCell((c, col) => {
    if (c.value === "Agregasi TW") agregasi = col;
  });
  ws.getRow(4).getCell(agregasi).value = "Cara Agregasi";
  const row = 12; // rkt-sekretariat-8: 2 Dokumen, summed
  (["tw1", "tw2", "tw3", "tw4"] as const).forEach(
    (k, i) => (ws.getCell(rktCell(k, row)).value = [0, 1, 1, 2][i]!)
  );
  const o = await runAction(
    filePort(wb),
    VALIDATE,
    { decree: BLITAR_2021 },
    { highlight: false },
    { write: false }
  );
  const f = o.result.findings.find((x) => x.code === "realisasi.looksCumulative");
  expect(f).toBeDefined();
  expect(f?.fix).toBeUndefined();
  const withColumn = await template();
  const ws2 = withColumn.getWorksheet("RKT Sekretariat")!;
  (["tw1", "tw2", "tw3", "tw4"] as const).forEach(
    (k, i) => (ws2.getCell(rktCell(k, row)).value = [0, 1, 1, 2][i]!)
  );
  const o2 = await runAction(
    filePort(withColumn),
    VALIDATE,
    { decree: BLITAR_2021 },
    { highlight: false },
    { write: false }
  );
  const f2 = o2.result.findings.find((x) => x.code === "realisasi.looksCumulative");
  expect(f2?.fix).toEqual({ value: "Kumulatif" });
  expect(f2?.cell).toBe(rktCell("agregasi", row));
});

test("kinerja tidy leaves a cell whose text comes from a formula", async () => {
  const wb = await template();
  const ws = wb.getWorksheet("RKT KPU")!;
  ws.getCell(rktCell("tw1", 7)).value = {
    formula: '"74,05"',
    result: "74,05",
  } as ExcelJS.CellFormulaValue;
  ws.getCell(rktCell("tw1", 6)).value = "12,5%";
  const o = await runAction(filePort(wb), TIDY, { decree: BLITAR_2021 }, undefined);
  expect(o.result.tidied.map((f) => f.cell)).toEqual([rktCell("tw1", 6)]);
  expect(ws.getCell(rktCell("tw1", 7)).formula).toBe('"74,05"');
  expect(ws.getCell(rktCell("tw1", 6)).value).toBe(0.125);
});

test("left-out lines: one per missing feature, naming the Excel version or the file writer", () => {
  const lines = leftOutLines({
    applied: 3,
    syncs: 1,
    leftOut: [
      { op: "conditionalFormat", count: 4, requires: "1.6" },
      { op: "clearConditionalFormats", count: 1, requires: "1.6" },
      { op: "validation", count: 2, requires: "1.8" },
      { op: "chart", count: 3 },
    ],
  });
  expect(lines.map((l) => l.en)).toEqual([
    expect.stringMatching(/Kategori colours skipped: they need Excel 2019 or newer/),
    expect.stringMatching(/Data-validation.*Excel 2019 or newer/),
    expect.stringMatching(/does not draw charts/),
  ]);
});

test("every op with an ExcelApi requirement has its own left-out line, not the generic one", () => {
  const required = Object.entries(REQUIREMENT) as [PlanOp["op"], string][];
  expect(required.length).toBeGreaterThan(0);
  for (const [op, requires] of required) {
    const [line] = leftOutLines({ applied: 0, syncs: 1, leftOut: [{ op, count: 1, requires }] });
    const generic = leftOutLines({
      applied: 0,
      syncs: 1,
      leftOut: [{ op: "format", count: 1, requires }],
    })[0]!;
    // The generic line is what an op without its own message gets.
    expect(generic.en).toMatch(/^Some features skipped/);
    expect({ op, en: line!.en }).not.toEqual({ op, en: generic.en });
    expect({ op, id: line!.id }).not.toEqual({ op, id: generic.id });
    expect(line!.id).not.toMatch(/\{excel\}/);
  }
  // The row-height line says what was not done.
  expect(
    leftOutLines({
      applied: 0,
      syncs: 1,
      leftOut: [{ op: "rowHeight", count: 2, requires: "1.2" }],
    })[0]
  ).toEqual(
    expect.objectContaining({
      en: expect.stringMatching(/Row heights not set: needs Excel 2019 or newer/),
    })
  );
});
