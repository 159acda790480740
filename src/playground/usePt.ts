/** The playground's strings in the pane's current language (the pane's language switch). */
import * as React from "react";
import type { Params } from "../core/i18n";
import { useLang } from "../taskpane/i18n";
import { pt, type PlaygroundKey } from "./messages";

export function usePt(): (key: PlaygroundKey, params?: Params) => string {
  const { lang } = useLang();
  return React.useCallback((key: PlaygroundKey, params?: Params) => pt(lang, key, params), [lang]);
}
