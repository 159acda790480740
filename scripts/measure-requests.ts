/**
 * Measures what a request to Excel weighs, the way Excel receives it, and writes the figures
 * the adapter budgets by (src/excel/request-cost.json) and the Excel double refuses by
 * (src/excel-double/request-cost.json).
 *
 *   npx tsx scripts/measure-requests.ts          # measure, print, write both files
 *   npx tsx scripts/measure-requests.ts --check  # measure and print only
 *
 * How: Microsoft's own client library (scripts/office-client.ts) runs our adapter's real
 * Office.js calls (src/excel/apply.ts); each op kind, and each optional part of an op, is
 * applied 1,000 times in one request with object ids of seven digits (as in the later
 * requests of a large plan), and the bytes it adds beyond the op's own JSON are its overhead. The double's figures are the average object path (with its instantiation) and
 * action of the same requests, without their arguments, which the double counts itself.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyPlan } from "../src/excel/apply";
import type { PlanOp } from "../src/core/workbook/plan";
import { officeClient, OFFICE_CLIENT_FILE, type CapturedRequest } from "./office-client";

const S = "RKT KPU";
const A = "A5:B6";

/** A write of `rows` x 1 zeros: over 1,500 cells the library sends it in row blocks. */
const column = (rows: number): PlanOp => ({
  op: "write",
  sheet: S,
  address: `A1:A${rows}`,
  values: Array.from({ length: rows }, () => [0]),
});

/**
 * Each probe: the op, the probe whose overhead it adds to (a part of an op), and how many
 * times it is repeated (fewer for large ones).
 */
const PROBES: Record<string, { op: PlanOp; over?: string; repeat?: number }> = {
  addSheet: { op: { op: "addSheet", sheet: S } },
  "addSheet.tabColor": { op: { op: "addSheet", sheet: S, tabColor: "#1F4E79" }, over: "addSheet" },
  clear: { op: { op: "clear", sheet: S, address: A } },
  write: { op: { op: "write", sheet: S, address: "A5" } },
  "write.values": { op: { op: "write", sheet: S, address: "A5", values: [[1]] }, over: "write" },
  "write.formulas": {
    op: { op: "write", sheet: S, address: "A5", formulas: [["=1"]] },
    over: "write",
  },
  // A grid of over 1,500 cells goes in blocks of 1,500 (setRangePropertiesInBulk): a size
  // check, then per block two rows and their bounding rectangle as object paths.
  "write.unsplit": { op: column(1500), repeat: 100 },
  "write.split": { op: column(1501), over: "write.unsplit", repeat: 100 },
  "write.block": { op: column(3001), over: "write.split", repeat: 100 },
  "write.numberFormats": {
    op: { op: "write", sheet: S, address: "A5", numberFormats: [["0"]] },
    over: "write",
  },
  format: { op: { op: "format", sheet: S, address: A, format: {} } },
  ...Object.fromEntries(
    (
      [
        ["bold", true],
        ["italic", true],
        ["wrap", true],
        ["fill", "#FFFFFF"],
        ["clearFill", true],
        ["fontColor", "#000000"],
        ["fontSize", 11],
        ["horizontal", "left"],
        ["vertical", "top"],
        ["border", true],
        ["topRule", true],
      ] as const
    ).map(([k, v]) => [
      `format.${k}`,
      { op: { op: "format", sheet: S, address: A, format: { [k]: v } }, over: "format" },
    ])
  ),
  columnWidths: { op: { op: "columnWidths", sheet: S, widths: [] } },
  "columnWidths.width": {
    op: { op: "columnWidths", sheet: S, widths: [{ column: "A", chars: 10 }] },
    over: "columnWidths",
  },
  merge: { op: { op: "merge", sheet: S, address: A } },
  table: {
    op: { op: "table", sheet: S, name: "Kinerja_t", address: A, style: "TableStyleLight1" },
  },
  deleteTable: { op: { op: "deleteTable", sheet: S, name: "Kinerja_t" } },
  addTableColumns: { op: { op: "addTableColumns", sheet: S, name: "Kinerja_t", headers: [] } },
  "addTableColumns.column": {
    op: { op: "addTableColumns", sheet: S, name: "Kinerja_t", headers: ["Kolom"] },
    over: "addTableColumns",
  },
  addTableRows: { op: { op: "addTableRows", sheet: S, name: "Kinerja_t", values: [["a", 1]] } },
  validation: {
    op: { op: "validation", sheet: S, address: A, rule: { type: "decimal", min: 0, max: 1 } },
  },
  "validation.list": {
    op: { op: "validation", sheet: S, address: A, rule: { type: "list", items: ["a"] } },
    over: "validation",
  },
  "validation.prompt": {
    op: {
      op: "validation",
      sheet: S,
      address: A,
      rule: { type: "decimal", min: 0, max: 1 },
      prompt: "p",
    },
    over: "validation",
  },
  "validation.error": {
    op: {
      op: "validation",
      sheet: S,
      address: A,
      rule: { type: "decimal", min: 0, max: 1 },
      error: "e",
    },
    over: "validation",
  },
  conditionalFormat: {
    op: { op: "conditionalFormat", sheet: S, address: A, formula: "=1", format: {} },
  },
  "conditionalFormat.fill": {
    op: {
      op: "conditionalFormat",
      sheet: S,
      address: A,
      formula: "=1",
      format: { fill: "#FFFFFF" },
    },
    over: "conditionalFormat",
  },
  "conditionalFormat.fontColor": {
    op: {
      op: "conditionalFormat",
      sheet: S,
      address: A,
      formula: "=1",
      format: { fontColor: "#FFFFFF" },
    },
    over: "conditionalFormat",
  },
  clearConditionalFormats: { op: { op: "clearConditionalFormats", sheet: S, address: A } },
  freeze: { op: { op: "freeze", sheet: S, rows: 4 } },
  pageSetup: {
    op: { op: "pageSetup", sheet: S, orientation: "landscape", paper: "A4", fitToWidth: false },
  },
  "pageSetup.fitToWidth": {
    op: { op: "pageSetup", sheet: S, orientation: "landscape", paper: "A4", fitToWidth: true },
    over: "pageSetup",
  },
  "pageSetup.printTitleRows": {
    op: {
      op: "pageSetup",
      sheet: S,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: false,
      printTitleRows: "$4:$4",
    },
    over: "pageSetup",
  },
  "pageSetup.printArea": {
    op: {
      op: "pageSetup",
      sheet: S,
      orientation: "portrait",
      paper: "A4",
      fitToWidth: false,
      printArea: "A1:H60",
    },
    over: "pageSetup",
  },
  "pageSetup.margins": {
    op: {
      op: "pageSetup",
      sheet: S,
      orientation: "portrait",
      paper: "A4",
      fitToWidth: false,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 },
    },
    over: "pageSetup",
  },
  "pageSetup.centerHorizontally": {
    op: {
      op: "pageSetup",
      sheet: S,
      orientation: "portrait",
      paper: "A4",
      fitToWidth: false,
      centerHorizontally: true,
    },
    over: "pageSetup",
  },
  rowHeight: { op: { op: "rowHeight", sheet: S, address: "5:9", points: 30 } },
  "pageSetup.section": {
    op: {
      op: "pageSetup",
      sheet: S,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: false,
      header: "x",
    },
    over: "pageSetup",
  },
  chart: {
    op: {
      op: "chart",
      sheet: S,
      chart: {
        name: "Kinerja_c",
        type: "columnClustered",
        title: "T",
        source: A,
        from: "D1",
        to: "J9",
      },
    },
  },
  "chart.seriesColor": {
    op: {
      op: "chart",
      sheet: S,
      chart: {
        name: "Kinerja_c",
        type: "columnClustered",
        title: "T",
        source: A,
        from: "D1",
        to: "J9",
        seriesColors: ["#000000"],
      },
    },
    over: "chart",
  },
  "chart.pointColor": {
    op: {
      op: "chart",
      sheet: S,
      chart: {
        name: "Kinerja_c",
        type: "columnClustered",
        title: "T",
        source: A,
        from: "D1",
        to: "J9",
        pointColors: ["#000000"],
      },
    },
    over: "chart",
  },
  deleteChart: { op: { op: "deleteChart", sheet: S, name: "Kinerja_c" } },
  activate: { op: { op: "activate", sheet: S } },
};

const REPEAT = 1000;

/**
 * Object ids count up through a context's life: the later requests of a plan cut in several
 * (each up to 4 MiB) carry ids of seven digits. The library's own counter is set there, so
 * every figure is what an op weighs in such a request.
 */
const SEVEN_DIGITS = 1_000_000;
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

/** Bytes one more `op` adds to a large request, beyond its own JSON. */
async function overheadOf(op: PlanOp, repeat = REPEAT): Promise<number> {
  const client = officeClient();
  const ctx = client.context(SEVEN_DIGITS);
  const start = client.requests.length;
  await applyPlan(ctx, { ops: [op], summary: [] }, () => true, Infinity);
  await applyPlan(
    ctx,
    { ops: Array<PlanOp>(repeat + 1).fill(op), summary: [] },
    () => true,
    Infinity
  );
  const [one, many] = client.requests.slice(start).map((r) => r.bytes) as [number, number];
  return (many - one) / repeat - utf8(JSON.stringify(op));
}

/**
 * The double's constants from real requests: an object path costs its entry in ObjectPaths
 * (name and arguments included: the double does not know them), its instantiation action and
 * its id in the "L" lists; an action costs its JSON without its arguments (the double adds
 * the JSON of what it was given).
 */
function structure(requests: readonly CapturedRequest[]) {
  let paths = 0;
  let pathBytes = 0;
  let actions = 0;
  let actionBytes = 0;
  for (const { body } of requests) {
    for (const [id, p] of Object.entries(body.ObjectPaths)) {
      paths++;
      pathBytes += utf8(`"${id}":${JSON.stringify(p)},`);
    }
    for (const a of body.Actions as {
      ActionType: number;
      ArgumentInfo?: { Arguments?: unknown[] };
      L?: number[];
    }[]) {
      const { L, ...rest } = a;
      if (L !== undefined) pathBytes += utf8(`,"L":${JSON.stringify(L)}`);
      const whole = utf8(`${JSON.stringify(rest)},`);
      if (a.ActionType === 1) {
        pathBytes += whole;
        continue;
      }
      actions++;
      const args = a.ArgumentInfo?.Arguments;
      actionBytes += whole - (args === undefined ? 0 : utf8(JSON.stringify(args)));
    }
  }
  return { path: Math.ceil(pathBytes / paths), action: Math.ceil(actionBytes / actions) };
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const raw: Record<string, number> = {};
  for (const [key, probe] of Object.entries(PROBES))
    raw[key] = await overheadOf(probe.op, probe.repeat);
  const cost: Record<string, number> = {};
  for (const [key, probe] of Object.entries(PROBES)) {
    const value = probe.over === undefined ? raw[key]! : raw[key]! - raw[probe.over]!;
    cost[key] = Math.max(0, Math.ceil(value));
    console.log(`${key.padEnd(28)} ${String(cost[key]).padStart(6)} bytes`);
  }
  // The double's structure, from a request of every probe's op at seven-digit ids.
  const client = officeClient();
  const ctx = client.context(SEVEN_DIGITS);
  const before = client.requests.length;
  await applyPlan(
    ctx,
    {
      ops: Object.values(PROBES)
        .filter((p) => p.repeat === undefined)
        .flatMap((p) => Array<PlanOp>(50).fill(p.op)),
      summary: [],
    },
    () => true,
    Infinity
  );
  const double = structure(client.requests.slice(before));
  console.log(`double: object path ${double.path} bytes, action ${double.action} bytes (bare)`);
  if (check) return;
  const measured = {
    library: `@microsoft/office-js ${client.version}, ${OFFICE_CLIENT_FILE.split("/").pop()}`,
    how: "scripts/measure-requests.ts (jsdom, fake transport, 1,000 ops a probe at seven-digit object ids)",
  };
  const root = process.cwd();
  writeFileSync(
    join(root, "src/excel/request-cost.json"),
    `${JSON.stringify({ measured, overhead: cost }, null, 2)}\n`
  );
  writeFileSync(
    join(root, "src/excel-double/request-cost.json"),
    `${JSON.stringify({ measured, objectPath: double.path, action: double.action }, null, 2)}\n`
  );
  console.log("wrote src/excel/request-cost.json and src/excel-double/request-cost.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
