import { customPinyin, pinyin } from "pinyin-pro";

/**
 * Words whose polyphonic characters pinyin-pro reads with their everyday sound instead of the
 * technical one (量 liáng for liàng, 差 chà for chā, 分 fèn for fēn, 卷 juàn for juǎn). Keyed by
 * the shortest word that settles the reading, so longer terms (模型量化, 差分隐私, 文本分类,
 * 卷积神经网络) follow.
 */
export const READING_FIXES: Readonly<Record<string, string>> = Object.freeze({
  量化: "liàng huà",
  张量: "zhāng liàng",
  差分: "chā fēn",
  残差: "cán chā",
  分类: "fēn lèi",
  卷积: "juǎn jī",
});

// pinyin-pro keeps custom readings in a module-wide dictionary: every conversion made through
// this module sees them, and no other module calls pinyin-pro directly.
customPinyin({ ...READING_FIXES });

export { pinyin };
