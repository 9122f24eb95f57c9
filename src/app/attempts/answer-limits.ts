/** The longest answer the coach reads and a practice or mock attempt stores, in characters. */
export const ANSWER_MAX_CHARS = 20_000;
