import { CARD_HEIGHT, CARD_WIDTH } from "./cardSpec";

/**
 * The cards' page: a template whose copies, stacked one under the other, are filled with a batch
 * of cards and photographed at once.
 * Flat colours only, so the PNG quantizes to a small palette. Noto CJK comes with Chromium's
 * fonts package; nothing is downloaded.
 */
export const CARD_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
*{margin:0;box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;background:#fbfaf7;color:#1d232b;width:${CARD_WIDTH}px}
.card{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden;display:flex}
.bar{width:18px;background:#1f6feb;flex:none}
.main{flex:1;padding:56px 72px 48px 64px;display:flex;flex-direction:column}
.kicker{font-size:30px;color:#55606e;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.head{margin-top:28px;display:flex;align-items:baseline;gap:22px}
.badge{font-size:40px;font-weight:700;color:#1f6feb;white-space:nowrap;flex:none}
.badge:empty{display:none}
.title{font-size:64px;line-height:1.22;font-weight:700;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;word-break:break-word}
.subtitle{margin-top:10px;font-size:34px;color:#3b4654}
.subtitle:empty{display:none}
.excerpt{margin-top:26px;font-size:30px;line-height:1.55;color:#3b4654;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.foot{margin-top:auto;display:flex;justify-content:space-between;align-items:center;font-size:28px;color:#55606e;padding-top:20px;border-top:3px solid #e4e1d9}
.site{font-weight:700;color:#1d232b}
</style></head><body><template id="card"><div class="card"><div class="bar"></div><div class="main">
<p class="kicker"></p>
<div class="head"><span class="badge"></span><h1 class="title"></h1></div>
<p class="subtitle"></p>
<p class="excerpt"></p>
<div class="foot"><span class="site"></span><span class="host"></span></div>
</div></div></template></body></html>`;
