/**
 * The actions the pane offers, in the order staff use them. An action is available when the
 * host gives it an implementation; until then its button is shown, disabled, so people can
 * see what is coming. Components receive implementations as props and never import Excel.
 */
import type { MessageKey } from "../core/i18n";

export const ACTION_KEYS = [
  "template",
  "convert",
  "validate",
  "capaian",
  "charts",
  "export",
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

export const ACTION_LABELS: Record<ActionKey, MessageKey> = {
  template: "action.template",
  convert: "action.convert",
  validate: "action.validate",
  capaian: "action.capaian",
  charts: "action.charts",
  export: "action.export",
};

export type ActionImpls = Partial<Record<ActionKey, () => Promise<void>>>;
