/** The active sheet as a grid: column letters, row numbers, cells as an id-ID Excel shows them. */
import * as React from "react";
import type { CellView, GridView } from "./gridModel";

interface GridProps {
  view: GridView;
  label: string;
  /** Top-left cell of the double's selection on this sheet ("B4"), if any. */
  selected: string | undefined;
  onSelect: (address: string) => void;
}

const ROW_HEADER_PX = 40;

/**
 * Scroll just enough to show the cell's top-left corner beside the sticky headers
 * (scrollIntoView would hide it under them, and centre wide merged cells).
 */
function scrollToCell(box: HTMLElement, el: HTMLElement): void {
  const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const left = el.offsetLeft - ROW_HEADER_PX;
  const top = el.offsetTop - head;
  const right = Math.min(el.offsetLeft + el.offsetWidth, left + box.clientWidth);
  const bottom = Math.min(el.offsetTop + el.offsetHeight, top + box.clientHeight);
  if (left < box.scrollLeft) box.scrollLeft = left;
  else if (right > box.scrollLeft + box.clientWidth) box.scrollLeft = right - box.clientWidth;
  if (top < box.scrollTop) box.scrollTop = top;
  else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
}

function cellClass(cell: CellView, selected: boolean): string {
  const names = ["pg-cell"];
  if (cell.formula !== undefined) names.push("pg-formula");
  if (cell.numeric) names.push("pg-number");
  if (cell.wrap) names.push("pg-wrap");
  if (cell.spill) names.push("pg-spill");
  if (cell.tableHeader) names.push("pg-table-header");
  else if (cell.banded) names.push("pg-banded");
  if (selected) names.push("pg-selected");
  return names.join(" ");
}

export function Grid(props: GridProps) {
  const scroller = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (props.selected === undefined) return;
    const box = scroller.current;
    const el = box?.querySelector<HTMLElement>(`[data-address="${props.selected}"]`);
    if (box && el) scrollToCell(box, el);
  }, [props.selected, props.view]);
  return (
    <div className="pg-grid-scroll" ref={scroller}>
      <table
        className="pg-grid"
        aria-label={props.label}
        style={{ width: ROW_HEADER_PX + props.view.columns.reduce((sum, c) => sum + c.widthPx, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {props.view.columns.map((c) => (
            <col key={c.letter} style={{ width: c.widthPx }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="pg-corner" />
            {props.view.columns.map((c) => (
              <th key={c.letter} scope="col">
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.view.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {row.map((cell) =>
                cell.hidden ? null : (
                  <td
                    key={cell.address}
                    data-address={cell.address}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    className={cellClass(cell, cell.address === props.selected)}
                    title={cell.formula}
                    style={{
                      background: cell.fill,
                      color: cell.color,
                      fontWeight: cell.bold || cell.tableHeader ? 700 : undefined,
                      fontStyle: cell.italic ? "italic" : undefined,
                      textAlign: cell.align,
                    }}
                    onClick={() => props.onSelect(cell.address)}
                  >
                    {cell.text}
                  </td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
