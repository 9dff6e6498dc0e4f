import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content";
import type { Corpus } from "@/lib/content/schema";
import { SearchIndex, type SearchOutcome } from "@/lib/search/engine";
import { buildIndexFiles } from "@/lib/search/index-files";

/**
 * Which section should come first for a query, decided by reading content/articles/*.txt. A place
 * is a numbered section ("3.2.1 模型压缩与量化") or an FAQ question of one article; where the
 * articles genuinely repeat themselves (three "6.1 智能客服系统" sections), any of them is right.
 * Glossary terms are results too, but this table is about landing in the articles.
 */
type Place = { slug: string; section?: string; faq?: string };

const table: { query: string; first: Place[]; why: string }[] = [
  {
    query: "自注意力",
    first: [
      { slug: "ai-infra-jia-yangqing", section: "4.2 公式推导过程" },
      { slug: "ai-infra-jia-yangqing", section: "4.1 数学模型构建" },
    ],
    why: "002 §4.1–4.2 write out Transformer's self-attention; §2.1 only names it",
  },
  { query: "模型压缩", first: [{ slug: "ai-infra-jia-yangqing", section: "3.2.1 模型压缩与量化" }], why: "the heading itself" },
  {
    query: "联邦学习",
    first: [
      { slug: "ai-race-silicon-valley", section: "6.4 未来应用展望" },
      { slug: "ai-race-silicon-valley", section: "8.2 未来发展趋势" },
      { slug: "ai-race-silicon-valley", section: "8.4 研究展望" },
      { slug: "ai-race-silicon-valley", faq: "如何提升模型的泛化能力？" },
    ],
    why: "000 names it twice in each of these; the other articles once",
  },
  { query: "交叉熵", first: [{ slug: "china-llm-market", section: "4.2 公式推导过程" }], why: "001 §4.2 is the cross-entropy loss formula" },
  { query: "Lepton", first: [{ slug: "lepton-ai-llm-era", section: "1.2 Lepton AI的背景" }], why: "the heading itself" },
  {
    query: "智能客服",
    first: [
      { slug: "ai-race-silicon-valley", section: "6.1 智能客服系统" },
      { slug: "ai-infra-jia-yangqing", section: "6.1 智能客服系统" },
      { slug: "ai-infra-storytelling", section: "6.1 智能客服系统" },
    ],
    why: "three articles have the same §6.1",
  },
  {
    query: "常见问题",
    first: [
      { slug: "ai-race-silicon-valley", section: "9 附录：常见问题与解答" },
      { slug: "china-llm-market", section: "10 附录：常见问题与解答" },
      { slug: "ai-infra-jia-yangqing", section: "9 附录：常见问题与解答" },
      { slug: "ai-infra-storytelling", section: "9 附录：常见问题与解答" },
      { slug: "lepton-ai-llm-era", section: "附录：常见问题与解答" },
    ],
    why: "every article ends with its FAQ appendix",
  },
  { query: "Transformer 模型", first: [{ slug: "ai-infra-jia-yangqing", section: "4.1 数学模型构建" }], why: "“以Transformer模型为例” — the words side by side" },
  { query: "贾扬清", first: [{ slug: "china-llm-market", section: "1.2 贾扬清的观点" }], why: "the only heading with his name" },
  { query: "梯度裁剪", first: [{ slug: "ai-race-silicon-valley", faq: "如何进行模型的参数优化？" }], why: "only in 000's Q4 answer" },
  { query: "不平衡", first: [{ slug: "ai-race-silicon-valley", faq: "如何处理数据集的不平衡问题？" }], why: "the question itself" },
  { query: "差分隐私", first: [{ slug: "ai-infra-jia-yangqing", faq: "在AI基础设施中，如何保障数据隐私和安全？" }], why: "only in 002's Q4" },
  { query: "混合精度", first: [{ slug: "ai-infra-jia-yangqing", section: "3.2.1 模型压缩与量化" }], why: "step 4 of 002 §3.2.1" },
  { query: "掩码语言模型", first: [{ slug: "ai-infra-jia-yangqing", section: "4.3 案例分析与讲解" }], why: "002 §4.3 on BERT pre-training" },
  { query: "TensorFlow Lite", first: [{ slug: "ai-infra-jia-yangqing", section: "8.1 研究成果总结" }], why: "named only in 002 §8.1" },
  { query: "自动驾驶", first: [{ slug: "lepton-ai-llm-era", section: "7.1 自动驾驶" }], why: "the heading itself" },
  { query: "Masked Language Model", first: [{ slug: "ai-race-silicon-valley", section: "4.3 案例分析与讲解" }], why: "English phrase in 000 §4.3" },
  { query: "CTC", first: [{ slug: "ai-race-silicon-valley", section: "3.4 算法应用领域" }], why: "speech recognition item of 000 §3.4" },
  { query: "神经符号", first: [{ slug: "ai-infra-jia-yangqing", section: "8.4 研究展望" }], why: "only in 002 §8.4" },
  { query: "讯飞", first: [{ slug: "china-llm-market", section: "1.1 大模型的发展现状" }], why: "only in 001 §1.1" },
  { query: "大模型的优势", first: [{ slug: "lepton-ai-llm-era", faq: "大模型的优势是什么？" }], why: "the question itself" },
  { query: "医疗健康", first: [{ slug: "lepton-ai-llm-era", section: "7.2 医疗健康" }], why: "the heading itself" },
];

let corpus: Corpus;
let index: SearchIndex;

beforeAll(() => {
  const built = buildCorpus();
  corpus = built.corpus;
  const { files } = buildIndexFiles(corpus);
  index = new SearchIndex(async (file) => JSON.parse(files.get(file) ?? "null"));
});

/** The URL a place stands for, found by its number and title (or question) in the corpus. */
function urlOf(place: Place): string {
  const article = corpus.articles.find((a) => a.slug === place.slug);
  if (!article) throw new Error(`no article ${place.slug}`);
  if (place.faq) {
    const item = article.faq.find((f) => f.question === place.faq);
    if (!item) throw new Error(`no FAQ “${place.faq}” in ${place.slug}`);
    return `/articles/${place.slug}/#${item.id}`;
  }
  const section = article.sections.find((s) => (s.number ? `${s.number} ${s.title}` : s.title) === place.section);
  if (!section) throw new Error(`no section “${place.section}” in ${place.slug}`);
  return `/articles/${place.slug}/#${section.id}`;
}

/** The best-scoring hit that is an article section or FAQ item. */
function firstArticleHit(outcome: SearchOutcome): string | undefined {
  const hits = outcome.groups.flatMap((g) => g.hits).filter((h) => h.kind !== "term");
  hits.sort((a, b) => b.score - a.score);
  return hits[0]?.url;
}

describe("relevance table", () => {
  it("has at least 15 queries", () => {
    expect(table.length).toBeGreaterThanOrEqual(15);
  });

  for (const row of table) {
    it(`“${row.query}” lands first on ${row.first.map((p) => p.section ?? p.faq).join(" / ")} (${row.why})`, async () => {
      const outcome = await index.search(row.query);
      expect(outcome.complete).toBe(true);
      expect(row.first.map(urlOf)).toContain(firstArticleHit(outcome));
    });
  }

  it("finds nothing for KV Cache, which no article mentions", async () => {
    const outcome = await index.search("KV Cache");
    expect(outcome.total).toBe(0);
  });

  it("puts a glossary term whose name is the query at the top", async () => {
    for (const [query, id] of [
      ["自注意力", "self-attention"],
      ["联邦学习", "federated-learning"],
      ["交叉熵", "cross-entropy"],
    ]) {
      const outcome = await index.search(query);
      const best = outcome.groups.flatMap((g) => g.hits).sort((a, b) => b.score - a.score)[0];
      expect(best.url).toBe(`/glossary/${id}/`);
      expect(best.kind).toBe("term");
    }
  });
});
