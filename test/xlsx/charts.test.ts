/**
 * The file writer's charts: a chart part over the source range, anchored by cells in the
 * sheet's drawing; a user's drawing keeps its anchors and bytes; the same chart again replaces
 * itself; deleting every Kinerja chart of a drawing Kinerja made leaves no drawing behind.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { ChartSpec, Plan } from "../../src/core/workbook/plan";
import { XlsxFile } from "../../src/xlsx/file";
import { chartXml } from "../../src/xlsx/package/charts";

const spec: ChartSpec = {
  name: "Kinerja_Uji",
  type: "columnStacked",
  title: "Capaian & Target",
  source: "A1:C4",
  from: "E2",
  to: "L18",
  seriesColors: ["#00B050", "#C00000"],
  pointColors: ["#111111", "#222222", "#333333"],
};

const parts = (file: XlsxFile) => {
  const raw = unzipSync(file.bytes());
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, strFromU8(v)]));
};

const plan = (...ops: Plan["ops"]): Plan => ({ ops, summary: [] });

test("the chart part: series per column over the sheet's cells, stacked, colours, title escaped", () => {
  const xml = chartXml("Grafik Saya", spec);
  expect([...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
    "'Grafik Saya'!$B$1",
    "'Grafik Saya'!$A$2:$A$4",
    "'Grafik Saya'!$B$2:$B$4",
    "'Grafik Saya'!$C$1",
    "'Grafik Saya'!$A$2:$A$4",
    "'Grafik Saya'!$C$2:$C$4",
  ]);
  expect(xml).toContain('<c:grouping val="stacked"/>');
  expect(xml).toContain('<c:overlap val="100"/>');
  expect(xml).toContain("Capaian &amp; Target");
  expect(xml.match(/<c:dPt>/g)).toHaveLength(3);
  expect(xml).toContain('<a:srgbClr val="00B050"/>');
  expect(chartXml("G", { ...spec, type: "barClustered" })).toContain('<c:barDir val="bar"/>');
});

test("a new sheet gets a drawing with the chart; again replaces it; deleted, nothing is left", () => {
  const file = XlsxFile.blank();
  file.apply(
    plan(
      { op: "addSheet", sheet: "Grafik" },
      {
        op: "write",
        sheet: "Grafik",
        address: "A1:B2",
        values: [
          ["x", "y"],
          ["a", 1],
        ],
      }
    )
  );
  const bare = parts(file);
  file.apply(plan({ op: "chart", sheet: "Grafik", chart: spec }));
  const once = parts(file);
  expect(
    Object.keys(once)
      .filter((p) => /drawing|chart/.test(p))
      .sort()
  ).toEqual([
    "xl/charts/chart1.xml",
    "xl/drawings/_rels/drawing1.xml.rels",
    "xl/drawings/drawing1.xml",
  ]);
  expect(file.charts()).toEqual(new Map([["Grafik", ["Kinerja_Uji"]]]));
  file.apply(plan({ op: "chart", sheet: "Grafik", chart: spec }));
  expect(parts(file)).toEqual(once);
  file.apply(plan({ op: "deleteChart", sheet: "Grafik", name: "Kinerja_Uji" }));
  expect(parts(file)).toEqual(bare);
});

test("beside a user's charts: theirs keep their anchors and parts; ours comes and goes", async () => {
  const bytes = readFileSync(join(__dirname, "../fixtures/excel-made/123233_charts.xlsx"));
  const file = await XlsxFile.load(bytes);
  const before = parts(file);
  expect(file.charts().get("Page1_1")).toHaveLength(4);
  file.apply(plan({ op: "chart", sheet: "Page1_1", chart: { ...spec, source: "A1:B3" } }));
  const after = parts(file);
  expect(file.charts().get("Page1_1")).toEqual([
    "chart1.xml",
    "chart2.xml",
    "chart3.xml",
    "chart4.xml",
    "Kinerja_Uji",
  ]);
  for (const p of ["xl/charts/chart1.xml", "xl/charts/chart4.xml"])
    expect(after[p]).toBe(before[p]);
  // The user's anchors are still there, unchanged, before ours.
  const drawing = after["xl/drawings/drawing1.xml"] as string;
  const original = before["xl/drawings/drawing1.xml"] as string;
  const body = original.slice(
    original.indexOf(">", original.indexOf("<xdr:wsDr")) + 1,
    original.lastIndexOf("</xdr:wsDr>")
  );
  expect(drawing).toContain(body);
  file.apply(plan({ op: "deleteChart", sheet: "Page1_1", name: "Kinerja_Uji" }));
  const back = parts(file);
  expect(back["xl/drawings/drawing1.xml"]).toBe(original);
  expect(Object.keys(back).sort()).toEqual(Object.keys(before).sort());
});
