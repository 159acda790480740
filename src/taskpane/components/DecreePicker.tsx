import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Decree } from "../../core/decree/schema";
import { bilingual, type Bilingual } from "../../core/i18n";
import { useLang, useT } from "../i18n";
import { readBytes } from "../read-bytes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** A file's text through FileReader, which older Office web views have where Blob.text is missing. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsText(file, "utf-8");
  });
}

/** A workbook by its name (staff's files end in .xlsx; .xlsm holds the same package). */
const isWorkbook = (file: File) => /\.(xlsx|xlsm)$/i.test(file.name);

export interface DecreePickerProps {
  decree: Decree;
  builtIn: Decree;
  disabled: boolean;
  onChange: (decree: Decree) => void;
}

/**
 * The decree Mulai dari Keputusan uses: the built-in one, an Excel workbook holding the RKT/IKU
 * table staff already have (read as Gunakan Tabel reads a sheet), or a JSON decree file. A file
 * is size-limited and checked before anything uses it; its problems are listed with their place
 * and what to do.
 */
export function DecreePicker(props: DecreePickerProps) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [problems, setProblems] = React.useState<Bilingual[]>([]);
  const [from, setFrom] = React.useState<Bilingual | undefined>();
  const fromFile = props.decree !== props.builtIn;

  const onWorkbook = async (file: File) => {
    // The workbook reader (exceljs) loads only when a workbook is chosen.
    const { decreeFromWorkbook, DECREE_WORKBOOK_LIMITS } =
      await import("../../xlsx/decree-workbook");
    if (file.size > DECREE_WORKBOOK_LIMITS.fileBytes) {
      // Refused before reading: a large file is never loaded into the pane.
      const size = Math.ceil(file.size / 1024);
      setProblems([
        bilingual("decree.tooLarge", { size, limit: DECREE_WORKBOOK_LIMITS.fileBytes / 1024 }),
      ]);
      return;
    }
    const result = await decreeFromWorkbook(await readBytes(file), file.name);
    if (result.ok) {
      setProblems([]);
      setFrom(bilingual("decree.fromSheet", { sheet: result.sheet, file: file.name }));
      props.onChange(result.decree);
    } else setProblems(result.problems);
  };

  const onFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (isWorkbook(file)) {
      await onWorkbook(file);
      if (input.current) input.current.value = "";
      return;
    }
    // The schema library loads only when a file is chosen.
    const { parseDecreeJson, DECREE_FILE_LIMIT_BYTES } = await import("../../core/decree/parse");
    if (file.size > DECREE_FILE_LIMIT_BYTES) {
      // Refused before reading: a large file is never loaded into the pane.
      const size = Math.ceil(file.size / 1024);
      setProblems([bilingual("decree.tooLarge", { size, limit: DECREE_FILE_LIMIT_BYTES / 1024 })]);
      return;
    }
    const result = parseDecreeJson(await readText(file));
    if (result.ok) {
      setProblems([]);
      setFrom(undefined);
      props.onChange(result.decree);
    } else {
      setProblems([...result.problems.map((p) => p.message), bilingual("decree.fixHint")]);
    }
    if (input.current) input.current.value = "";
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Caption1>
          {fromFile
            ? tr("decree.loaded", { office: props.decree.office, year: props.decree.year })
            : tr("decree.builtIn", { office: props.builtIn.office, year: props.builtIn.year })}
          {fromFile && from !== undefined && ` ${from[lang]}`}
        </Caption1>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xlsm,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={tr("decree.file")}
          style={{ display: "none" }}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
          {tr("decree.file")}
        </Button>
        {fromFile && (
          <Button
            size="small"
            appearance="subtle"
            disabled={props.disabled}
            onClick={() => props.onChange(props.builtIn)}
          >
            {tr("decree.useBuiltIn")}
          </Button>
        )}
      </div>
      <Caption1>{tr("decree.fileHint")}</Caption1>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tr("decree.problems")}
            <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
              {problems.slice(0, 10).map((p, i) => (
                <li key={i}>{p[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
