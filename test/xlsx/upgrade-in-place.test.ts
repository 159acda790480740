/**
 * The package writer grows an owned table in place when a template of an earlier layout is
 * upgraded (`kinerja template --out`): the table part keeps its style, its filter and sort,
 * its totals row and its id; the Info table grows by the layout stamp's row without being
 * made again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { BLITAR_2021 } from "../../src/core/decree";
import { runAction, TEMPLATE } from "../../src/app";
import { XlsxFile } from "../../src/xlsx/file";
import { packagePort } from "../../src/xlsx/port";

const FIXTURE = path.join(__dirname, "../fixtures/previous-template/blitar-2021-e41cf87.xlsx");

/** The fixture with each table part's XML passed through `edit` (by table name). */
function edited(edit: (name: string, xml: string) => string): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(FIXTURE)));
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    const table = /\sname="([^"]*)"/.exec(xml)?.[1] ?? "";
    parts[name] = strToU8(edit(table, xml));
  }
  return zipSync(parts);
}

async function upgraded(bytes: Uint8Array): Promise<Record<string, string>> {
  const file = await XlsxFile.load(bytes);
  await runAction(packagePort(file), TEMPLATE, { decree: BLITAR_2021 }, undefined);
  const parts = unzipSync(file.bytes());
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    out[/\sname="([^"]*)"/.exec(xml)?.[1] ?? name] = xml;
  }
  return out;
}

test("an RKT table keeps the user's style, filter and sort as it grows by the new columns", async () => {
  const bytes = edited((name, xml) =>
    name !== "Kinerja_rkt_kpu"
      ? xml
      : xml
          .replace(
            'tableStyleInfo name="TableStyleLight9"',
            'tableStyleInfo name="TableStyleMedium4"'
          )
          .replace(
            /<autoFilter ref="([^"]*)"\/>/,
            (_m, ref: string) =>
              `<autoFilter ref="${ref}"><filterColumn colId="4"><filters><filter val="Persentase"/></filters></filterColumn></autoFilter><sortState ref="${ref.replace(/^([A-Z]+)\d+/, "$15")}"><sortCondition ref="A5:A10"/></sortState>`
          )
  );
  const before = /\sid="(\d+)"/.exec(
    strFromU8(
      Object.entries(unzipSync(bytes)).find(([, d]) =>
        strFromU8(d).includes('name="Kinerja_rkt_kpu"')
      )![1]
    )
  )![1];
  const xml = (await upgraded(bytes))["Kinerja_rkt_kpu"]!;
  expect(xml).toContain('tableStyleInfo name="TableStyleMedium4"');
  expect(xml).toContain('<filterColumn colId="4"><filters><filter val="Persentase"/>');
  expect(xml).toContain("<sortCondition");
  expect(/\sid="(\d+)"/.exec(xml)![1]).toBe(before);
  // Wider by the 15 LKj columns, the filter and the sort with it; each column once.
  const ref = /<table[^>]*\sref="([A-Z]+\d+:([A-Z]+)\d+)"/.exec(xml)!;
  expect(xml).toMatch(new RegExp(`<autoFilter ref="${ref[1]}"`));
  expect(xml).toMatch(new RegExp(`<sortState ref="[A-Z]+5:${ref[2]}\\d+"`));
  const names = [...xml.matchAll(/<tableColumn id="(\d+)" name="([^"]*)"/g)];
  expect(names.map((m) => m[2])).toContain("Penanggung Jawab");
  expect(new Set(names.map((m) => m[1])).size).toBe(names.length);
  expect(xml).toContain(`<tableColumns count="${names.length}">`);
});

test("a totals row stays the table's totals row; the Info table grows by the stamp's row", async () => {
  const bytes = edited((name, xml) =>
    name !== "Kinerja_rkt_kpu" ? xml : xml.replace('totalsRowShown="0"', 'totalsRowCount="1"')
  );
  const tables = await upgraded(bytes);
  expect(tables["Kinerja_rkt_kpu"]).toContain('totalsRowCount="1"');
  const info = tables["Kinerja_Info"]!;
  // Grown in place: the same part, one row longer, its style as it was.
  expect(info).toContain('tableStyleInfo name="TableStyleLight9"');
  const original = strFromU8(
    Object.entries(unzipSync(new Uint8Array(readFileSync(FIXTURE)))).find(([, d]) =>
      strFromU8(d).includes('name="Kinerja_Info"')
    )![1]
  );
  const rows = (x: string) => {
    const m = /<table[^>]*\sref="[A-Z]+(\d+):[A-Z]+(\d+)"/.exec(x)!;
    return Number(m[2]) - Number(m[1]);
  };
  expect(rows(info)).toBe(rows(original) + 1);
});
