import type { SectionKind } from "./schema";

/** Heading words the articles use for each kind of section, most specific first. */
const KIND_WORDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ["faq", /常见问题|问题与解答|问答|FAQ/i],
  ["background", /背景介绍|背景/],
  ["concepts", /核心概念/],
  ["algorithm", /核心算法|算法原理/],
  ["math", /数学模型|公式/],
  ["practice", /项目实践|代码实例/],
  ["applications", /实际应用场景|实际应用/],
  ["outlook", /展望/],
  ["tools", /工具和资源|工具与资源/],
  ["summary", /总结/],
  ["references", /参考文献|参考资料/],
];

/** The kind a heading's own words name, or null when they name none. */
export function kindFromTitle(title: string): SectionKind | null {
  return KIND_WORDS.find(([, words]) => words.test(title))?.[0] ?? null;
}
