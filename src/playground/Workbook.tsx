/** The in-browser workbook: toolbar, sheet tabs, formula bar, grid and charts of the active sheet. */
import * as React from "react";
import {
  Button,
  Caption1,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Tab,
  TabList,
} from "@fluentui/react-components";
import * as a1 from "../core/workbook/a1";
import { activateSheet, selectCell, splitAddress, typeIntoCell } from "./actions";
import { editText } from "./cellText";
import { chartBars } from "./chartModel";
import { ChartView } from "./ChartView";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { gridView } from "./gridModel";
import { API_VERSIONS, type ApiVersion, type PlaygroundStore } from "./store";
import { usePt } from "./usePt";

const ignore = (): undefined => undefined; // errors are recorded in the store and shown above the grid

export function Workbook(props: { store: PlaygroundStore }) {
  const { store } = props;
  const pt = usePt();
  const revision = React.useSyncExternalStore(store.subscribe, store.getRevision);
  const book = React.useMemo(() => store.host.dumpWorkbook(), [store, revision]);
  const [localError, setLocalError] = React.useState<string>();
  // Developer counters stay out of the way of people trying Kinerja.
  const [developer, setDeveloper] = React.useState(
    store.version !== API_VERSIONS[API_VERSIONS.length - 1]
  );
  const visible = book.sheets.filter((s) => s.visibility === "Visible");
  const sheet = book.sheets.find((s) => s.name === book.activeSheet) ?? visible[0];
  const sel = splitAddress(book.selection ?? undefined);
  const selected = sel && sheet && sel.sheet === sheet.name ? sel.cell : undefined;
  const cursor = selected ?? "A1";
  const at = a1.parseRect(cursor);
  const view = React.useMemo(
    () => (sheet ? gridView(sheet, at) : undefined),
    [sheet, at.row, at.col]
  );
  const content = sheet
    ? editText(
        sheet.values[at.row]?.[at.col] ?? "",
        sheet.formulas[at.row]?.[at.col],
        sheet.numberFormats[at.row]?.[at.col] ?? "General"
      )
    : "";
  const go = (address: string) => {
    if (!sheet) return;
    try {
      a1.parseRect(address);
      setLocalError(undefined);
    } catch {
      setLocalError(pt("pg.badAddress", { address }));
      return;
    }
    selectCell(store, sheet.name, address).catch(ignore);
  };
  const error =
    localError ??
    (store.lastError !== undefined ? pt("pg.error", { message: store.lastError }) : undefined);
  return (
    <section className="pg-workbook" aria-label={pt("pg.workbook")}>
      <div className="pg-toolbar" role="toolbar" aria-label={pt("pg.toolbar")}>
        <Button onClick={() => void store.reset("blank")}>{pt("pg.new")}</Button>
        <Button onClick={() => void store.reset("sample")}>{pt("pg.sample")}</Button>
        <Label htmlFor="pg-office-lang">{pt("pg.officeLang")}</Label>
        <Select
          id="pg-office-lang"
          value={store.displayLanguage}
          onChange={(_e, d) => store.setDisplayLanguage(d.value)}
        >
          <option value="id-ID">Bahasa Indonesia (id-ID)</option>
          <option value="en-US">English (en-US)</option>
        </Select>
        <Switch
          label={pt("pg.developer")}
          checked={developer}
          onChange={(_e, d) => setDeveloper(d.checked)}
        />
      </div>
      {developer && (
        <div className="pg-toolbar" role="group" aria-label={pt("pg.developer")}>
          <Label htmlFor="pg-version">{pt("pg.version")}</Label>
          <Select
            id="pg-version"
            value={store.version}
            onChange={(_e, d) => void store.reset(store.source, d.value as ApiVersion)}
          >
            {API_VERSIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
          <Caption1>{pt("pg.versionHint")}</Caption1>
          <Caption1>{pt("pg.syncs", { count: store.host.syncCount })}</Caption1>
        </div>
      )}
      <TabList
        aria-label={pt("pg.sheets")}
        selectedValue={sheet?.name}
        onTabSelect={(_e, d) => activateSheet(store, String(d.value)).catch(ignore)}
        size="small"
      >
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {sheet && (
        <FormulaBar
          address={cursor}
          content={content}
          onGo={go}
          onWrite={(address, text) => typeIntoCell(store, sheet.name, address, text).catch(ignore)}
        />
      )}
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {sheet && view && (
        <Grid
          view={view}
          label={pt("pg.grid", { sheet: sheet.name })}
          selected={selected}
          onSelect={(address) => selectCell(store, sheet.name, address).catch(ignore)}
        />
      )}
      {sheet && sheet.charts.length > 0 && (
        <div className="pg-charts" aria-label={pt("pg.charts")} role="group">
          {sheet.charts.map((c) => (
            <ChartView key={c.name} bars={chartBars(book, c)} emptyLabel={pt("pg.noNumbers")} />
          ))}
        </div>
      )}
    </section>
  );
}
