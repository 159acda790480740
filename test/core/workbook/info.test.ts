/** The decree as the Info sheet states it, and when the built-in decree's indicators apply. */
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree/blitar-2021";
import { decreeFromWorkbook, isoFromTanggal } from "../../../src/core/workbook/info";
import { SETTING_ROWS } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";

function templateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  return wb;
}

test.each([
  ["4 Maret 2021", "2021-03-04"],
  ["15 Januari 2023", "2023-01-15"],
  ["31 desember 2024", "2024-12-31"],
  ["4 March 2021", undefined],
  ["2021-03-04", undefined],
])("isoFromTanggal(%s) = %s", (text, iso) => {
  expect(isoFromTanggal(text)).toBe(iso);
});

test("a workbook made from the decree gives back its metadata and its indicators", () => {
  const decree = decreeFromWorkbook(readWorkbook(templateWorkbook()), BLITAR_2021);
  expect(decree).toEqual(BLITAR_2021);
});

test("what a person corrected on the Info sheet wins; another decree number drops the indicators", () => {
  const wb = templateWorkbook();
  const info = wb.getWorksheet("Info Kinerja")!;
  info.getCell("B5").value = "KPU Kota Contoh";
  const renamed = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(renamed.office).toBe("KPU Kota Contoh");
  expect(renamed.tables).toHaveLength(4);
  info.getCell("B7").value = "99/PR.03.1-Kpt/0000/2024";
  const other = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(other.number).toBe("99/PR.03.1-Kpt/0000/2024");
  expect(other.tables).toEqual([]);
  expect(other.signatories).toEqual(BLITAR_2021.signatories);
});

/** The Info sheet's rows as [Butir, Isi], from the row after "Tanggal" to the first setting. */
function signatureCells(wb: ExcelJS.Workbook): [string, string][] {
  const info = wb.getWorksheet("Info Kinerja")!;
  const out: [string, string][] = [];
  let after = false;
  info.eachRow((row) => {
    const [a, b] = [row.getCell(1).value, row.getCell(2).value];
    if (a === SETTING_ROWS[0]?.label) after = false;
    if (after) out.push([String(a), String(b)]);
    if (a === "Tanggal") after = true;
  });
  return out;
}

test("the Info sheet lists the decree's signer, then the copy's certifier on a row of his own", () => {
  const wb = templateWorkbook();
  expect(signatureCells(wb)).toEqual([
    ["Ketua Komisi Pemilihan Umum Kota Blitar", "Choirul Umam"],
    ["Salinan sesuai dengan aslinya (Sekretaris)", "Edi Winarno"],
  ]);
  const decree = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(decree.signatories).toEqual([
    { role: "Ketua Komisi Pemilihan Umum Kota Blitar", name: "Choirul Umam" },
  ]);
  expect(decree.certifiedBy).toEqual({ role: "Sekretaris", name: "Edi Winarno" });
});

/** The row of the Info sheet whose Butir is `label`. */
function infoRow(wb: ExcelJS.Workbook, label: string): ExcelJS.Row {
  const info = wb.getWorksheet("Info Kinerja")!;
  let found: ExcelJS.Row | undefined;
  info.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (found === undefined) throw new Error(`no row ${label}`);
  return found;
}

test("a workbook made before the certifier row (him as a second signer) still reads, truthfully", () => {
  const wb = templateWorkbook();
  // What the template wrote before: the Sekretaris on a signer row.
  infoRow(wb, "Salinan sesuai dengan aslinya (Sekretaris)").getCell(1).value = "Sekretaris";
  const decree = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(decree).toEqual(BLITAR_2021);
});

test("signers the user typed stay signers; a certifier row without a role takes the known one", () => {
  const wb = templateWorkbook();
  const row = infoRow(wb, "Salinan sesuai dengan aslinya (Sekretaris)");
  row.getCell(1).value = "Wakil Ketua";
  row.getCell(2).value = "Nama Wakil";
  const two = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(two.signatories.map((p) => p.name)).toEqual(["Choirul Umam", "Nama Wakil"]);
  expect(two.certifiedBy).toBeUndefined();
  row.getCell(1).value = "Salinan sesuai aslinya";
  row.getCell(2).value = "Edi Winarno";
  const bare = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(bare.signatories.map((p) => p.name)).toEqual(["Choirul Umam"]);
  expect(bare.certifiedBy).toEqual({ role: "Sekretaris", name: "Edi Winarno" });
  row.getCell(1).value = "Salinan sesuai dengan aslinya: Plh. Sekretaris";
  row.getCell(2).value = "Nama Lain";
  expect(decreeFromWorkbook(readWorkbook(wb), BLITAR_2021).certifiedBy).toEqual({
    role: "Plh. Sekretaris",
    name: "Nama Lain",
  });
});

test("a decree without a certifier makes no certifier row", () => {
  const { certifiedBy: _, ...decree } = BLITAR_2021;
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(decree, readWorkbook(wb)));
  expect(signatureCells(wb).map(([a]) => a)).not.toContainEqual(expect.stringMatching(/^Salinan/));
  expect(decreeFromWorkbook(readWorkbook(wb), decree).certifiedBy).toBeUndefined();
});
