import { describe, expect, it } from "vitest";
import { buildMatcher, findMentions } from "@/lib/content/mentions";

const matcher = buildMatcher([
  { id: "fine-tuning", term: "微调", aliases: ["Fine-tuning"] },
  { id: "model-fine-tuning", term: "模型微调", aliases: [] },
  { id: "gan", term: "生成对抗网络", aliases: ["GAN"] },
  { id: "bert", term: "BERT", aliases: [] },
  { id: "ai-infra", term: "AI基础设施", aliases: ["AI Infra"] },
]);
const ids = (text: string) => findMentions(text, matcher).map((m) => m.termId);

describe("findMentions", () => {
  it("prefers the longest term at a position: 模型微调 before 微调", () => {
    expect(findMentions("先做模型微调，再微调。", matcher)).toEqual([
      { start: 2, end: 6, termId: "model-fine-tuning" },
      { start: 8, end: 10, termId: "fine-tuning" },
    ]);
  });

  it("matches Latin names case-insensitively", () => {
    expect(ids("bert 与 Bert 和 BERT模型，fine-tuning")).toEqual(["bert", "bert", "bert", "fine-tuning"]);
  });

  it("needs word boundaries for Latin terms: GAN is not inside Organ", () => {
    expect(ids("Organ GANs GAN（GAN）")).toEqual(["gan", "gan"]);
  });

  it("matches mixed Latin-Han terms next to Han text", () => {
    expect(ids("构建AI基础设施的关键，AI Infra 很重要")).toEqual(["ai-infra", "ai-infra"]);
  });

  it("finds nothing with no terms or no text", () => {
    expect(findMentions("微调", buildMatcher([]))).toEqual([]);
    expect(findMentions("", matcher)).toEqual([]);
  });
});

describe("findMentions on any text", () => {
  it("returns ordered, non-overlapping spans whose text is a known form", async () => {
    const fc = await import("fast-check");
    const piece = fc.constantFrom("模型", "微调", "模型微调", "GAN", "Organ", "bert", "AI", "基础设施", " ", "，", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        let end = 0;
        for (const m of findMentions(text, matcher)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(matcher.byForm.get(text.slice(m.start, m.end).toLowerCase())).toBe(m.termId);
          end = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("findMentions and a term's other senses", () => {
  const senses = buildMatcher([
    {
      id: "inference",
      term: "推理",
      aliases: ["Inference"],
      otherSenses: [{ contexts: ["决策和推理", "模型的推理能力"] }],
    },
    { id: "causal-inference", term: "因果推理", aliases: [] },
    { id: "gan", term: "GAN", aliases: [], otherSenses: [{ contexts: ["Gan Ning"] }] },
  ]);
  const found = (text: string) => findMentions(text, senses).map((m) => [text.slice(m.start, m.end), m.termId]);

  it("does not find a name inside a phrase that marks its other sense", () => {
    expect(found("实现智能化的决策和推理。")).toEqual([]);
    expect(found("提高模型的推理能力和可解释性。")).toEqual([]);
  });

  it("still finds the name everywhere else, even in the same text", () => {
    expect(found("模型的训练和推理")).toEqual([["推理", "inference"]]);
    expect(found("高效的训练推理能力")).toEqual([["推理", "inference"]]);
    expect(found("推理很贵，决策和推理不是一回事")).toEqual([["推理", "inference"]]);
    expect(found("引入因果推理")).toEqual([["因果推理", "causal-inference"]]);
  });

  it("compares phrases case-insensitively, Latin names included", () => {
    expect(found("gan ning and a GAN")).toEqual([["GAN", "gan"]]);
  });
});

describe("findMentions against a regular expression", () => {
  /** The plain statement of the rule: one case-insensitive alternation, longest form first, Latin forms bounded. */
  function byRegExp(text: string, forms: readonly string[], byForm: ReadonlyMap<string, string>) {
    const bounded = (form: string) => {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const head = /[A-Za-z0-9]/.test(form[0]) ? "(?<![A-Za-z0-9])" : "";
      const tail = /[A-Za-z0-9]/.test(form[form.length - 1]) ? "(?![A-Za-z0-9])" : "";
      return head + escaped + tail;
    };
    const pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).map(bounded).join("|"), "giu");
    return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, termId: byForm.get(m[0].toLowerCase()) }));
  }

  it("finds exactly what the alternation finds, in Han, Latin and mixed text", async () => {
    const fc = await import("fast-check");
    const forms = [...matcher.byForm.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((form) => form.toUpperCase()),
      fc.constantFrom("Or", "s", "1", " ", "-", "，", "的", "𠀀"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(findMentions(text, matcher)).toEqual(byRegExp(text, forms, matcher.byForm));
      }),
      { numRuns: 2000 },
    );
  });
});
