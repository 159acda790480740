import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Decree } from "../../core/decree/schema";
import { bilingual, type Bilingual } from "../../core/i18n";
import { useLang, useT } from "../i18n";

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

export interface DecreePickerProps {
  decree: Decree;
  builtIn: Decree;
  disabled: boolean;
  onChange: (decree: Decree) => void;
}

/**
 * The decree Buat Template uses: the built-in one, or a JSON decree file. A file is
 * size-limited and checked against the schema before anything uses it; its problems are listed.
 */
export function DecreePicker(props: DecreePickerProps) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [problems, setProblems] = React.useState<Bilingual[]>([]);
  const fromFile = props.decree !== props.builtIn;

  const onFile = async (file: File | undefined) => {
    if (file === undefined) return;
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
      props.onChange(result.decree);
    } else {
      setProblems(result.problems.map((p) => p.message));
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
        </Caption1>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label={tr("decree.file")}
          style={{ display: "none" }}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
          {tr("decree.file")}
        </Button>
        {fromFile && (
          <Button size="small" appearance="subtle" disabled={props.disabled} onClick={() => props.onChange(props.builtIn)}>
            {tr("decree.useBuiltIn")}
          </Button>
        )}
      </div>
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
