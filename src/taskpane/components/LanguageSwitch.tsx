import * as React from "react";
import { Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({ group: { flexDirection: "row" } });

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const tr = useT();
  const styles = useStyles();
  return (
    <RadioGroup
      className={styles.group}
      layout="horizontal"
      aria-label={tr("app.language")}
      value={lang}
      onChange={(_e, data) => setLang(data.value as Lang)}
    >
      <Radio value="id" label="Bahasa Indonesia" />
      <Radio value="en" label="English" />
    </RadioGroup>
  );
}
