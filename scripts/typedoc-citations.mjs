// typedoc plugin: turns each `@rule R-…` tag of a doc comment into a "Source" block read from the
// library's citation registry (src/sources/citations, via the built dist/), so a rule's citation is
// written once and shown both by `ruleSource()` and by the API site. Unknown rule ids are errors.
import { Converter, CommentTag, ReflectionKind } from "typedoc";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function load(app) {
  let registry;
  try {
    ({ RULE_CITATIONS: registry } = require("../dist/index.cjs"));
  } catch {
    app.logger.error("typedoc-citations: build the package first (npm run build): dist/index.cjs not found");
    return;
  }
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const refl of Object.values(context.project.reflections)) {
      const comment = refl.comment;
      if (!comment) continue;
      const ruleTags = comment.blockTags.filter((t) => t.tag === "@rule");
      for (const tag of ruleTags) {
        const text = tag.content.map((p) => p.text).join("").trim();
        const ids = text.split(/[\s,]+/).filter(Boolean);
        const lines = [];
        for (const id of ids) {
          const c = registry[id];
          if (!c) {
            app.logger.error(`typedoc-citations: ${refl.getFriendlyFullName()}: unknown rule id ${id} (not in RULE_CITATIONS)`);
            continue;
          }
          const also = c.also && c.also.length ? ` Also: ${c.also.join("; ")}.` : "";
          lines.push(`**${id}** — ${c.title}. ${c.act}, ${c.locator}; Kazakh text: \`${c.seed}\`${c.lines ? ` lines ${c.lines}` : ""}.${also}`);
        }
        if (lines.length) comment.blockTags.push(new CommentTag("@source", [{ kind: "text", text: lines.join("\n\n") }]));
      }
    }
  });
  void ReflectionKind;
}
