import { describe, expect, it } from "vitest";
import { runScript } from "../support/runScript";
import { loadCorpus, sectionPath } from "@/lib/content";
import { excerpt, oneLine } from "@/lib/content/text";
import { Corpus } from "@/lib/content/schema";
import { EMPTY_LIST, repoCorpus } from "./helpers";

describe("public API", () => {
  const getArticle = (slug: string) => repoCorpus().articles.find((a) => a.slug === slug);

  it("builds the repo's corpus with every article", () => {
    expect(getArticle("china-llm-market")?.title).toBe("国内大模型市场：贾扬清的观点，同质化发展与创新机遇");
    expect(getArticle("no-such-article")).toBeUndefined();
  });

  it("throws one error listing every problem as file:line", () => {
    const load = () => loadCorpus({ dir: "tests/content/fixtures/errors/broken", glossaryPath: EMPTY_LIST, notesPath: EMPTY_LIST }, () => {});
    expect(load).toThrow(/tests\/content\/fixtures\/errors\/broken\/fence\.md:7:1 {2}error/);
    expect(load).toThrow(/tests\/content\/fixtures\/errors\/broken\/math\.md:9:1 {2}error/);
    expect(load).toThrow(/✖ 9 errors, 1 warning/);
  });

  it("passes warnings to the caller instead of throwing", () => {
    const warnings: string[] = [];
    loadCorpus({ dir: "tests/content/fixtures/glossary" }, (w) => warnings.push(w));
    expect(warnings.join("\n")).toContain("glossary.json:11:7  warning");
  });

  it("returns a section with its ancestors, outermost first", () => {
    const article = getArticle("ai-infra-jia-yangqing");
    if (!article) throw new Error("missing article");
    expect(sectionPath(article, "s-3-2-1").map((s) => s.id)).toEqual(["s-3", "s-3-2", "s-3-2-1"]);
    expect(sectionPath(article, "nope")).toEqual([]);
  });

  it("cuts an excerpt at n characters on one line, leaving out sentences whose formula is missing", () => {
    expect(excerpt("第一行\n第二行很长很长", 6)).toBe("第一行 第…");
    expect(excerpt("短", 6)).toBe("短");
    expect(excerpt("设输入为\uFFFC。输出是类别。", 20)).toBe("输出是类别。");
  });

  it("puts text on one line with no space after full-width punctuation, which has its own", () => {
    expect(oneLine("第一句。\n第二句，\n  第三句（注）\n完")).toBe("第一句。第二句，第三句（注）完");
    // Between other characters a line break still reads as a space; curly quotes may be English.
    expect(oneLine("参考文献\n1. “Attention Is All You Need”\nVaswani")).toBe("参考文献 1. “Attention Is All You Need” Vaswani");
  });
});

describe("npm run corpus", () => {
  it("prints only the corpus JSON on stdout, also for another folder", () => {
    const run = runScript("lib/cli/corpus.ts", ["--dir", "tests/content/fixtures/glossary"]);
    expect(run.status, run.stderr).toBe(0);
    const corpus = Corpus.parse(JSON.parse(run.stdout));
    expect(corpus.articles.map((a) => [a.slug, a.source])).toEqual([
      ["one", "tests/content/fixtures/glossary/one.md"],
      ["two", "tests/content/fixtures/glossary/two.md"],
    ]);
  });

  it("exits 1 with the report on stderr and nothing on stdout when there are errors", () => {
    const run = runScript("lib/cli/content-check.ts", ["--dir", "tests/content/fixtures/errors/broken"]);
    expect(run.status).toBe(1);
    // vfile-reporter: the file, then each problem as line:column, severity, message.
    expect(run.stdout).toMatch(/tests\/content\/fixtures\/errors\/broken\/fence\.md\n7:1\s+error\s+Code fence is never closed/);
    const corpusRun = runScript("lib/cli/corpus.ts", ["--dir=tests/content/fixtures/errors/broken"]);
    expect(corpusRun.status).toBe(1);
    expect(corpusRun.stdout).toBe("");
    expect(corpusRun.stderr).toMatch(/articles\.json:6:5 {2}error {2}Duplicate slug|articles\.json\n(?:.*\n)*?6:5\s+error\s+Duplicate slug/);
  });
});
