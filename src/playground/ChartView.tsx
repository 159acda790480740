/** One recorded chart drawn as a plain SVG column chart (the double draws nothing itself). */
import * as React from "react";
import { displayValue } from "./cellText";
import type { ChartBars } from "./chartModel";

const COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const M = { top: 12, right: 12, bottom: 36, left: 56 };

export function ChartView(props: { bars: ChartBars; emptyLabel: string }) {
  const { bars } = props;
  const w = bars.widthPx;
  const h = bars.heightPx;
  const all = bars.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plotW = w - M.left - M.right;
  const plotH = h - M.top - M.bottom;
  const y = (v: number) => M.top + ((max - v) / span) * plotH;
  const groupW = plotW / Math.max(1, bars.categories.length);
  const barW = (groupW * 0.8) / Math.max(1, bars.series.length);
  return (
    <figure className="pg-chart" data-chart={bars.title}>
      <figcaption>
        <strong>{bars.title}</strong>
        <br />
        <small>{bars.caption}</small>
      </figcaption>
      <svg width={w} height={h} role="img" aria-label={bars.title}>
        <rect x={0} y={0} width={w} height={h} fill="#fff" stroke="#ccc" />
        {all.length === 0 ? (
          <text x={w / 2} y={h / 2} textAnchor="middle" fill="#666" fontStyle="italic">
            {props.emptyLabel}
          </text>
        ) : (
          <>
            <line x1={M.left} x2={w - M.right} y1={y(0)} y2={y(0)} stroke="#888" />
            <text x={M.left - 4} y={y(max) + 4} textAnchor="end" fontSize={11}>
              {displayValue(max, bars.numberFormat)}
            </text>
            <text x={M.left - 4} y={y(min) + 4} textAnchor="end" fontSize={11}>
              {displayValue(min, bars.numberFormat)}
            </text>
            {bars.categories.map((cat, ci) =>
              bars.series.map((s, si) => {
                const v = s.values[ci];
                if (v === null || v === undefined) return null;
                const x = M.left + ci * groupW + groupW * 0.1 + si * barW;
                return (
                  <rect key={`${ci}-${si}`} x={x} width={barW} y={Math.min(y(v), y(0))} height={Math.abs(y(v) - y(0))} fill={COLORS[si % COLORS.length]}>
                    <title>{`${s.name} · ${cat}: ${displayValue(v, bars.numberFormat)}`}</title>
                  </rect>
                );
              })
            )}
          </>
        )}
        {bars.categories.map((cat, ci) => (
          <text key={ci} x={M.left + (ci + 0.5) * groupW} y={h - M.bottom + 16} textAnchor="middle" fontSize={11}>
            {cat.length > 14 ? `${cat.slice(0, 13)}…` : cat}
          </text>
        ))}
      </svg>
      <ul className="pg-legend">
        {bars.series.map((s, si) => (
          <li key={si}>
            <span className="pg-swatch" style={{ background: COLORS[si % COLORS.length] }} /> {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
