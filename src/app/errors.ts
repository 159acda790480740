/**
 * A refusal found before anything is written (no template yet, a protected sheet, a setting
 * with no cell to hold it): a bilingual message from the one table, the same in the pane and
 * on the command line. Bugs and Excel's own refusals are other errors.
 */
import { bilingual, type Bilingual, type MessageKey } from "../core/i18n";

export class KinerjaError extends Error {
  readonly text: Bilingual;

  constructor(key: MessageKey, params: Record<string, string | number> = {}, text?: Bilingual) {
    super(key);
    this.name = "KinerjaError";
    this.text = text ?? bilingual(key, params);
  }

  /** A refusal whose message was composed elsewhere (e.g. Convert's problems). */
  static of(text: Bilingual): KinerjaError {
    return new KinerjaError("error.unexpected", {}, text);
  }
}
