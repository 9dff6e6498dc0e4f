import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import { GlossaryFile } from "@/lib/content/schema";

const dir = "tests/content/fixtures/senses";

describe("other senses of a glossary name (fixture)", () => {
  const { corpus, problems } = buildCorpus({ dir });
  const inference = corpus.glossary.find((t) => t.id === "inference");

  it("counts 推理 only where it means inference", () => {
    // one.md: §1 "决策和推理" (reasoning), §2 "推理的延迟" (inference),
    // §3 "模型的推理能力" (reasoning) and "降低推理成本" (inference).
    expect(problems).toEqual([]);
    expect(inference?.mentions.map(({ snippet: _snippet, ...m }) => m)).toEqual([
      { articleSlug: "one", sectionId: "s-2", count: 1 },
      { articleSlug: "one", sectionId: "s-3", count: 1 },
    ]);
  });

  it("carries the senses into the compiled term, for every consumer of the corpus", () => {
    expect(inference?.otherSenses).toEqual([{ meaning: "推理（reasoning）", contexts: ["决策和推理", "模型的推理能力"] }]);
  });

  it("defaults to no other senses", () => {
    const [term] = GlossaryFile.parse([{ id: "x", term: "X", definition: "x" }]);
    expect(term.otherSenses).toEqual([]);
  });
});

describe("malformed other senses", () => {
  const { problems } = buildCorpus({ dir, glossaryPath: `${dir}/glossary-bad.json` });
  const schema = problems.filter((p) => p.ruleId === "glossary-schema");

  it("are errors naming the file, the field's own line and the field, all reported at once", () => {
    const at = schema.map((p) => `${p.file}:${p.line} ${p.message.replace(/:.*$/, "")}`);
    // Listed in file order, as the report shows them.
    expect(at).toEqual([
      `${dir}/glossary-bad.json:15 Entry 1 field "otherSenses.0.contexts.0"`,
      `${dir}/glossary-bad.json:15 Entry 1 field "otherSenses.0.contexts.1"`,
      `${dir}/glossary-bad.json:18 Entry 1 field "otherSenses.1.meaning"`,
      `${dir}/glossary-bad.json:19 Entry 1 field "otherSenses.1.contexts"`,
    ]);
    expect(schema.find((p) => p.message.includes("contexts.0"))?.message).toContain('context "决策和推论" must contain one of the names 推理, Inference');
  });

  it("also reject contexts that lack the name or hold nothing but the name", () => {
    const result = GlossaryFile.safeParse([
      {
        id: "inference",
        term: "推理",
        aliases: ["Inference"],
        definition: "d",
        otherSenses: [{ meaning: "reasoning", contexts: ["决策和推论", "推理", "INFERENCE", "模型的推理能力", "inference time"] }],
      },
    ]);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(["0.otherSenses.0.contexts.0", "0.otherSenses.0.contexts.1", "0.otherSenses.0.contexts.2"]);
  });
});
