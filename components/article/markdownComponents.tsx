import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString as hastToString } from "mdast-util-to-string";
import type { ComponentProps } from "react";
import type { Components } from "react-markdown";
import { NoteRef } from "@/components/notes/NoteRef";
import type { MarkdownRender } from "@/lib/content/schema";
import { isExternalUrl } from "@/lib/render/safeUrl";
import { articlePath } from "@/lib/routes";
import { CodeBlock } from "./CodeBlock";
import type { RenderContext } from "./renderContext";

/**
 * The one map from the elements of article Markdown to the reader's components (react-markdown's
 * `components`). Block types map to components in BlockRenderer; both live here in components/.
 */

/**
 * A bare `#id` in an article points into that article. It is written as the article's own URL so it
 * also resolves where the fragment is shown on its own; on the article page the browser still
 * treats it as an in-page jump.
 */
function MarkdownLink({ node: _node, href, children, articleSlug, dead, ...rest }: ComponentProps<"a"> & { node?: Element; articleSlug: string; dead: ReadonlySet<string> }) {
  // A target that leads nowhere on the site (reported at build): the words stay, the link goes.
  if (href !== undefined && dead.has(href)) return <span className="dead-link">{children}</span>;
  const external = href ? isExternalUrl(href) : false;
  const target = href?.startsWith("#") && href.length > 1 ? `${articlePath(articleSlug)}${href}` : href;
  return (
    <a href={target} {...rest} {...(external ? { rel: "noopener noreferrer nofollow", target: "_blank" } : {})}>
      {children}
    </a>
  );
}

/** Fenced code inside prose (e.g. nested in a list): the same highlighted block as top-level code, with the id the compile gave it. */
function MarkdownPre({ node }: ComponentProps<"pre"> & { node?: Element }) {
  const code = node?.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
  const classes = code?.properties.className;
  const langClass = Array.isArray(classes) ? classes.find((c) => String(c).startsWith("language-")) : undefined;
  const lang = langClass ? String(langClass).slice("language-".length) : null;
  const id = node?.properties.dataListing;
  return <CodeBlock id={typeof id === "string" ? id : undefined} code={code ? hastToString(code) : ""} lang={lang} notes={[]} />;
}

/** An image whose file the site does not have (reported at build) shows its description instead. */
function MarkdownImage({ node: _node, src, alt, dead, ...rest }: ComponentProps<"img"> & { node?: Element; dead: ReadonlySet<string> }) {
  if (typeof src === "string" && dead.has(src)) {
    return (
      <span className="dead-image" role="img" aria-label={`图片无法显示：${alt ?? ""}`}>
        〔图片：{alt || "无说明"}〕
      </span>
    );
  }
  // biome-ignore lint/performance/noImgElement: a static export serves article images as they are.
  return <img src={src} alt={alt ?? ""} {...rest} />;
}

/** Tables scroll in their own box instead of widening the page. */
function MarkdownTable({ node: _node, children, ...rest }: ComponentProps<"table"> & { node?: Element }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-label="表格">
      <table {...rest}>{children}</table>
    </section>
  );
}

/** KaTeX's outer span of inline (`katex`) or display (`katex-display`) math. */
function isTypesetMath(node: Element): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((c) => c === "katex" || c === "katex-display");
}

/**
 * Typeset math is a deep tree of spans (HTML plus MathML). Sent as one HTML string, the browser
 * hydrates one element per formula instead of dozens; the markup is KaTeX's own (trust: false),
 * serialized with escaping, so nothing from the article becomes markup.
 */
function MarkdownSpan({ node, children, ...rest }: ComponentProps<"span"> & { node?: Element }) {
  if (node && isTypesetMath(node)) return <span {...rest} dangerouslySetInnerHTML={{ __html: toHtml(node.children) }} />;
  return <span {...rest}>{children}</span>;
}

export function markdownComponents(ctx: RenderContext, render: MarkdownRender): Components {
  const dead = new Set(render.deadLinks);
  return {
    a: (props) => <MarkdownLink {...props} articleSlug={ctx.articleSlug} dead={dead} />,
    img: (props) => <MarkdownImage {...props} dead={dead} />,
    pre: MarkdownPre,
    table: MarkdownTable,
    span: MarkdownSpan,
    "note-ref": NoteRef,
  } as Components;
}
