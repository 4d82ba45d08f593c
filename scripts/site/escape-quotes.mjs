// The law as printed (issue 20): Markdown must not eat the characters of a Kazakh quote.
// Used by the typedoc plugin (scripts/typedoc-citations.mjs) on comments and docs/*.md.
const MD_SPECIAL = /[\\`*_{}[\]<>()#+\-.!|~&]/g;
/** Backslash-escapes Markdown inside a quote, keeping the `> ` prefix of continued blockquote lines. */
function escapeQuoteBody(body) {
  return body
    .split("\n")
    .map((line, i) => {
      const m = i > 0 ? /^(\s*(?:>\s?)*)/.exec(line) : null;
      const prefix = m ? m[1] : "";
      return prefix + line.slice(prefix.length).replace(MD_SPECIAL, (c) => `\\${c}`);
    })
    .join("\n");
}
/** Escapes every «…» span (nested «» balanced; an unclosed span runs to the end). Returns [text, quotes]. */
export function escapeQuotes(text) {
  let out = "";
  let i = 0;
  const quotes = [];
  while (i < text.length) {
    const start = text.indexOf("«", i);
    if (start < 0) break;
    let depth = 0;
    let end = text.length;
    for (let j = start; j < text.length; j++) {
      if (text[j] === "«") depth++;
      else if (text[j] === "»" && --depth === 0) {
        end = j + 1;
        break;
      }
    }
    const body = text.slice(start, end);
    quotes.push(body.replace(/\n\s*(?:>\s?)*/g, " "));
    out += text.slice(i, start) + escapeQuoteBody(body);
    i = end;
  }
  return [out + text.slice(i), quotes];
}
