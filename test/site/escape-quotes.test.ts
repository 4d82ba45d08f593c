// The typedoc plugin's «…» escaping (issue 20): Markdown must print the law as is. Pure function,
// no site needed; the rendered site itself is checked by `node scripts/site-check.mjs`.
import { describe, expect, it } from "vitest";
import { escapeQuotes } from "../../scripts/site/escape-quotes.mjs";

const esc = escapeQuotes;

describe("site: «…» quotes are escaped for Markdown", () => {
  it("R-GC-5 keeps the multiplication signs of «И=0,4*О+0,4 *Э +0,2*С»", () => {
    const [text, quotes] = esc("> «Басшылық лауазымдар үшін: И=0,4*О+0,4 *Э +0,2*С; …\n> И=0,3*О+0,7*П;»");
    expect(text).toBe("> «Басшылық лауазымдар үшін: И=0,4\\*О\\+0,4 \\*Э \\+0,2\\*С; …\n> И=0,3\\*О\\+0,7\\*П;»");
    expect(quotes).toEqual(["«Басшылық лауазымдар үшін: И=0,4*О+0,4 *Э +0,2*С; … И=0,3*О+0,7*П;»"]);
  });
  it("escapes Markdown only inside «…», nested «» included, and leaves the text around it", () => {
    const [text] = esc("**R-X-1** see «a_b «c*d» [e](f)» and *this*");
    expect(text).toBe("**R-X-1** see «a\\_b «c\\*d» \\[e\\]\\(f\\)» and *this*");
  });
  it("keeps the blockquote marker of continued lines and escapes a list-like start", () => {
    const [text] = esc("> «first\n> 1. second\n>   - third»");
    expect(text).toBe("> «first\n> 1\\. second\n>   \\- third»");
  });
  it("an unclosed quote is escaped to the end of the text", () => {
    expect(esc("«a*b")[0]).toBe("«a\\*b");
  });
});
