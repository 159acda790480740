/**
 * Charts in the package: a chart part (DrawingML) per chart, anchored by cells in the sheet's
 * drawing part. Only charts named by a plan are added or removed; the rest of a drawing (a
 * user's pictures, shapes, charts) keeps its bytes. A chart's data are references to cells
 * (categories in the source's first column, one series per further column, names in its first
 * row), without cached values: the spreadsheet draws them from the cells on opening.
 */
import { columnLetter, parseRange, sheetRef } from "../../core/workbook/a1";
import type { ChartSpec } from "../../core/workbook/plan";
import { NS, relsPathOf, type XlsxPackage } from "./package";
import type { Sheet } from "./sheet";
import { attrsOf, childSpans, escapeAttr, escapeXml, rootSpan, splice, startTag } from "./xml";

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

export const CHART_REL = {
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
} as const;

export const CHART_CONTENT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The sheet's drawing part, when it has one. */
export function drawingOf(pkg: XlsxPackage, sheetPart: string): string | undefined {
  const rel = pkg.rels(sheetPart).find((r) => r.type === CHART_REL.drawing && !r.external);
  return rel === undefined ? undefined : pkg.relTarget(sheetPart, rel);
}

interface Anchor {
  start: number;
  end: number;
  name: string;
  id: number;
  /** The chart's relationship id from the drawing, for a chart frame. */
  chartRid?: string;
}

/** The drawing's anchors (twoCellAnchor, oneCellAnchor, absoluteAnchor) with their names. */
function anchors(xml: string): Anchor[] {
  const root = rootSpan(xml);
  if (root.openEnd === root.end) return [];
  return childSpans(xml, root.openEnd, root.closeStart)
    .filter((s) => /Anchor$/.test(s.name))
    .map((s) => {
      const text = xml.slice(s.start, s.end);
      const nv = /<(?:\w+:)?cNvPr\b[^>]*>/.exec(text)?.[0] ?? "";
      const a = attrsOf(nv);
      const chart = /<(?:\w+:)?chart\b[^>]*\/?>/.exec(text)?.[0];
      const rid =
        chart === undefined
          ? undefined
          : Object.entries(attrsOf(chart)).find(([k]) => k.endsWith(":id"))?.[1];
      return {
        start: s.start,
        end: s.end,
        name: a.name ?? "",
        id: Number(a.id ?? 0),
        ...(rid !== undefined && { chartRid: rid }),
      };
    });
}

/** Names of the charts on a sheet (read from its drawing), for the snapshot. */
export function chartNames(pkg: XlsxPackage, sheetPart: string): string[] {
  const drawing = drawingOf(pkg, sheetPart);
  if (drawing === undefined || !pkg.has(drawing)) return [];
  return anchors(pkg.read(drawing))
    .filter((a) => a.chartRid !== undefined)
    .map((a) => a.name);
}

/**
 * Remove the chart named `name` from the sheet's drawing (its anchor, part and relationship);
 * a drawing left empty goes too, with the sheet's <drawing> element, so that deleting and
 * adding the same charts again gives the same package.
 */
export function deleteChart(pkg: XlsxPackage, sheetPart: string, ws: Sheet, name: string): void {
  const drawing = drawingOf(pkg, sheetPart);
  if (drawing === undefined || !pkg.has(drawing)) return;
  const xml = pkg.read(drawing);
  const gone = anchors(xml).filter((a) => a.chartRid !== undefined && a.name === name);
  if (gone.length === 0) return;
  const rels = pkg.rels(drawing);
  for (const a of gone) {
    const rel = rels.find((r) => r.id === a.chartRid);
    if (rel === undefined) continue;
    const part = pkg.relTarget(drawing, rel);
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
    pkg.removeOverride(part);
    pkg.removeRel(drawing, rel.id);
  }
  const left = splice(
    xml,
    gone.map((a) => ({ start: a.start, end: a.end, text: "" }))
  );
  if (anchors(left).length > 0) {
    pkg.write(drawing, left);
    return;
  }
  pkg.remove(drawing);
  pkg.remove(relsPathOf(drawing));
  pkg.removeOverride(drawing);
  const rel = pkg.rels(sheetPart).find((r) => r.type === CHART_REL.drawing && !r.external);
  if (rel !== undefined) pkg.removeRel(sheetPart, rel.id);
  ws.setElement("drawing", undefined);
}

/**
 * Add the chart of `spec` to the sheet (a chart of the same name is replaced): a drawing part
 * is made for a sheet that has none, and referenced from the sheet's <drawing> element.
 */
export function addChart(
  pkg: XlsxPackage,
  sheetPart: string,
  sheetName: string,
  ws: Sheet,
  spec: ChartSpec
): void {
  deleteChart(pkg, sheetPart, ws, spec.name);
  let drawing = drawingOf(pkg, sheetPart);
  if (drawing === undefined || !pkg.has(drawing)) {
    drawing = pkg.freePath("xl/drawings/drawing");
    pkg.write(
      drawing,
      `${XML_HEAD}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}"></xdr:wsDr>`
    );
    pkg.addOverride(drawing, CHART_CONTENT.drawing);
    const rid = pkg.addRel(sheetPart, CHART_REL.drawing, drawing);
    const attr = ws.relPrefix === undefined ? `xmlns:r="${NS.rel}" r:id` : `${ws.relPrefix}:id`;
    ws.setElement("drawing", `<drawing ${attr}="${rid}"/>`);
  }
  const chartPart = pkg.freePath("xl/charts/chart");
  pkg.write(chartPart, chartXml(sheetName, spec));
  pkg.addOverride(chartPart, CHART_CONTENT.chart);
  const rid = pkg.addRel(drawing, CHART_REL.chart, chartPart);

  const xml = pkg.read(drawing);
  const root = rootSpan(xml);
  const prefix = /^<(\w+):/.exec(startTag(xml, root))?.[1];
  const x = prefix === undefined ? "" : `${prefix}:`;
  const id = Math.max(1, ...anchors(xml).map((a) => a.id + 1));
  const from = parseRange(spec.from);
  const to = parseRange(spec.to);
  const marker = (tag: string, r: { row: number; col: number }) =>
    `<${x}${tag}><${x}col>${r.col}</${x}col><${x}colOff>0</${x}colOff><${x}row>${r.row}</${x}row><${x}rowOff>0</${x}rowOff></${x}${tag}>`;
  const anchor =
    `<${x}twoCellAnchor editAs="oneCell">${marker("from", from)}${marker("to", to)}` +
    `<${x}graphicFrame macro=""><${x}nvGraphicFramePr><${x}cNvPr id="${id}" name="${escapeAttr(spec.name)}"/><${x}cNvGraphicFramePr/></${x}nvGraphicFramePr>` +
    `<${x}xfrm><a:off x="0" y="0" xmlns:a="${A_NS}"/><a:ext cx="0" cy="0" xmlns:a="${A_NS}"/></${x}xfrm>` +
    `<a:graphic xmlns:a="${A_NS}"><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${NS.rel}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</${x}graphicFrame><${x}clientData/></${x}twoCellAnchor>`;
  const open = root.openEnd === root.end;
  pkg.write(
    drawing,
    open
      ? `${xml.slice(0, root.end - 2).trimEnd()}>${anchor}</${x}wsDr>${xml.slice(root.end)}`
      : `${xml.slice(0, root.closeStart)}${anchor}${xml.slice(root.closeStart)}`
  );
}

const color = (hex: string) => `<a:srgbClr val="${hex.replace("#", "").toUpperCase()}"/>`;
const fill = (hex: string | undefined) =>
  hex === undefined ? "" : `<c:spPr><a:solidFill>${color(hex)}</a:solidFill></c:spPr>`;

/** The chart part: a bar or column chart over the source range, title and legend. */
export function chartXml(sheetName: string, spec: ChartSpec): string {
  const box = parseRange(spec.source);
  const at = (row: number, col: number, rows = 1) => {
    const c = columnLetter(col);
    return `${sheetRef(sheetName)}!$${c}$${row + 1}${rows > 1 ? `:$${c}$${row + rows}` : ""}`;
  };
  const points = box.rows - 1;
  const categories = at(box.row + 1, box.col, points);
  const series = Array.from({ length: box.cols - 1 }, (_, i) => {
    const col = box.col + 1 + i;
    const dPts =
      i === 0 && spec.pointColors !== undefined
        ? spec.pointColors
            .slice(0, points)
            .map(
              (c, p) =>
                `<c:dPt><c:idx val="${p}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(c)}</c:dPt>`
            )
            .join("")
        : "";
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:strRef><c:f>${escapeXml(at(box.row, col))}</c:f></c:strRef></c:tx>` +
      fill(spec.seriesColors?.[i]) +
      `<c:invertIfNegative val="0"/>${dPts}` +
      `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(at(box.row + 1, col, points))}</c:f></c:numRef></c:val>` +
      `</c:ser>`
    );
  }).join("");
  const stacked = spec.type === "columnStacked";
  const barDir = spec.type === "barClustered" ? "bar" : "col";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${NS.rel}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${barDir}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="${stacked ? 50 : 150}"/>` +
    (stacked ? `<c:overlap val="100"/>` : "") +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${barDir === "bar" ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${barDir === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${barDir === "bar" ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="0%" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
