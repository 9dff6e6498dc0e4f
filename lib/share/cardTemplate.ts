import { CARD_HEIGHT, CARD_WIDTH } from "./cardSpec";

/**
 * The card's page: one HTML document whose fields are filled per card, then photographed.
 * Flat colours only, so the PNG quantizes to a small palette. Noto CJK comes with Chromium's
 * fonts package; nothing is downloaded.
 */
export const CARD_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
*{margin:0;box-sizing:border-box}
html,body{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden}
body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;background:#fbfaf7;color:#1d232b;display:flex}
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
</style></head><body><div class="bar"></div><div class="main">
<p class="kicker" id="kicker"></p>
<div class="head"><span class="badge" id="badge"></span><h1 class="title" id="title"></h1></div>
<p class="subtitle" id="subtitle"></p>
<p class="excerpt" id="excerpt"></p>
<div class="foot"><span class="site" id="site"></span><span id="host"></span></div>
</div></body></html>`;
