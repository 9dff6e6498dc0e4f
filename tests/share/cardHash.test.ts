import { describe, expect, it } from "vitest";
import { type CardSpec, cardHash } from "@/lib/share/cardSpec";

const spec: CardSpec = {
  path: "/cards/term/quantization.png",
  kicker: "术语表",
  badge: null,
  title: "量化",
  subtitle: "liàng huà",
  excerpt: "把模型的权重或激活换成低精度数值表示。",
  alt: "量化 · 术语表",
};

describe("a card's cache key", () => {
  it("changes with the footer it is drawn with, so a build with another SITE_URL redraws the card", () => {
    const local = cardHash(spec, { site: "AI Infra 读本", host: "" });
    expect(cardHash(spec, { site: "AI Infra 读本", host: "reader.example.com" })).not.toBe(local);
    expect(cardHash(spec, { site: "另一个站点", host: "" })).not.toBe(local);
  });

  it("changes with the card's text and stays the same for the same card", () => {
    const footer = { site: "AI Infra 读本", host: "reader.example.com" };
    expect(cardHash({ ...spec, title: "蒸馏" }, footer)).not.toBe(cardHash(spec, footer));
    expect(cardHash({ ...spec }, footer)).toBe(cardHash(spec, footer));
  });
});
