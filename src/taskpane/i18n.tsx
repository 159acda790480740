/** The pane's language: Indonesian unless Office says English or the user switches. */
import * as React from "react";
import { t, type Lang, type MessageKey, type Params } from "../core/i18n";

/** Office reports its display language as a tag such as "id-ID" or "en-US". */
export function langFromOffice(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id";
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = React.createContext<LangState>({ lang: "id", setLang: () => undefined });

export function LangProvider(props: { initial: Lang; children: React.ReactNode }) {
  const [lang, setLang] = React.useState<Lang>(props.initial);
  const value = React.useMemo(() => ({ lang, setLang }), [lang]);
  return <LangContext.Provider value={value}>{props.children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return React.useContext(LangContext);
}

/** `tr("action.validate")` in the pane's current language. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const { lang } = useLang();
  return React.useCallback((key: MessageKey, params?: Params) => t(lang, key, params), [lang]);
}
