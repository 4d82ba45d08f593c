// src/sources/citations/scoring.ts: the citations of the scoring rules (R-SEL-1…4, R-GC-1…5, R-PYR-4)
// print their rule on the cited seed lines.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCORING_CITATIONS } from "../../../src/sources/citations/scoring.js";

const seed = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8").split("\n");

// A phrase that must be printed inside each rule's cited line range.
const KEY: Record<string, string[]> = {
  "R-SEL-1": ["T = 0,02 х S", "жауаптардың растық деңгейінің пайызы"],
  "R-SEL-2": ["T = Т1 + Т2", "T1 = 0,1 х S1", "T2 = 0,1 х S2", "S2 – дұрыс жауаптардың саны"],
  "R-SEL-3": ["эссе тақырыбын толық ашты"],
  "R-SEL-4": ["3 балл - кандидат еркін әңгімелеседі"],
  "R-GC-1": ["О= О1+О2+О3+О4+О5+О6+О7+О+8+О9+О10/10", "О = О1+О2+О3+О4+О5+О6+О7/7", "О= (IQ/6)", "10- 5 баллға келтіру коэффициенті"],
  "R-GC-2": ["0 балл – кандидат эссе тақырыбын жазбаған немесе ашпаған", "5 балл – кандидат эссе тақырыбын толық ашты"],
  "R-GC-3": ["П=П1+П2", "П1 – бірінші тапсырманың бағасы 0-5 балл", "Төменгі лауазымдар үшін:"],
  "R-GC-4": ["С=С1+С2", "С2 – екінші сұрақ жауабы үшін баға 0-5 балл", "4-5 балл – кандидат қойылған сұрақтың тақырыбын толық меңгерген"],
  "R-GC-5": ["И=0,4*О+0,4 *Э +0,2*С", "И=0,3*О+0,7*П", "0,7 – практикалық бағалаудың салмақ коэффициенті (70 пайыз)"],
  "R-PYR-4": ["үш", "бес балдық шәкіл", "орташа мәнінен"],
};

describe("R-SEL-1…4, R-GC-1…5, R-PYR-4 SCORING_CITATIONS — the cited lines", () => {
  for (const [id, phrases] of Object.entries(KEY)) {
    it(`${id} citation: its seed lines print the rule`, () => {
      const c = (SCORING_CITATIONS as Record<string, { rule: string; seed: string; lines?: string }>)[id];
      expect(c, id).toBeDefined();
      expect(c!.rule).toBe(id);
      const [from, to] = c!.lines!.split("-").map(Number);
      const text = seed(c!.seed).slice(from! - 1, to ?? from).join("\n");
      for (const p of phrases) expect(text, `${id}: ${p}`).toContain(p);
    });
  }
});
