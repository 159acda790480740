import type { Bilingual } from "./types";

/** Messages of the rules core: findings and labels (filled by the rules issue). */
export const FINDING_MESSAGES = {} satisfies Record<string, Bilingual>;
