// The Kazakh catalogue (src/explain/messages/kk.ts): the orders' own terms; the lower-track presumption
// of R-GC-5 said in every language.
import { describe, expect, it } from "vitest";
import { EN_MESSAGES, KK_MESSAGES, RU_MESSAGES } from "../../../src/explain/index.js";

describe("KK_MESSAGES — the orders' terms", () => {
  it("Kazakh uses the orders' terms; the lower-track presumption is said in every language", () => {
    expect(KK_MESSAGES["R-EL-1"]).toContain("қайта тестілеу");
    expect(KK_MESSAGES["R-GC-7.no-quorum"]).toContain("Конкурстық комиссия");
    expect(KK_MESSAGES["R-GC-5.presumed"]).toContain("болжамды, мәтінде көрсетілмеген");
    expect(RU_MESSAGES["R-GC-5.presumed"]).toContain("предполагается, в тексте не установлено");
    expect(EN_MESSAGES["R-GC-5.presumed"]).toContain("presumed, not stated");
  });
});
