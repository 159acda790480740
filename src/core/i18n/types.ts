/** Languages of the add-in: Indonesian first, English too. */
export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** A message in every language; `{name}` marks a parameter. */
export interface Bilingual {
  id: string;
  en: string;
}

export type Params = Record<string, string | number>;

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
