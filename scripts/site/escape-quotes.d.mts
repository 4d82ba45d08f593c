/** Backslash-escapes Markdown inside every «…» span; returns the text and the quotes (line breaks joined). */
export function escapeQuotes(text: string): [string, string[]];
