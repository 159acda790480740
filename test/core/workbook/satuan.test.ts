/** One Satuan per indicator: the RKT sheet writes the decree's own, as the IKU sheet does. */
import { BLITAR_2021, allIndicators } from "../../../src/core/decree";
import { satuanOf } from "../../../src/core/workbook/template";

test("a decree's satuan stands on the RKT and IKU rows alike", () => {
  const ind = {
    ...allIndicators(BLITAR_2021).find((i) => i.kind === "percent")!,
    satuan: "Persen",
  };
  expect(satuanOf(ind)).toBe("Persen");
  expect(satuanOf({ ...ind, satuan: undefined })).toBe("%");
});
