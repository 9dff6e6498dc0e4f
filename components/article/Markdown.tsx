import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString as hastToString } from "mdast-util-to-string";
import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { extraMarkdownComponents } from "@/lib/render/markdownComponents";
import { type ProseContext, proseRehypePlugins, proseRemarkPlugins } from "@/lib/render/markdownPlugins";
import { isExternalUrl, safeUrl } from "@/lib/render/safeUrl";
import { articlePath } from "@/lib/site";
import { CodeBlock } from "./CodeBlock";

/**
 * A bare `#id` in an article points into that article. It is written as the article's own URL so it
 * also resolves where the fragment is shown on its own (a section's share page); on the article page
 * the browser still treats it as an in-page jump.
 */
function MarkdownLink({ node: _node, href, children, ctx, ...rest }: ComponentProps<"a"> & { node?: Element; ctx: ProseContext }) {
  const external = href ? isExternalUrl(href) : false;
  const target = href?.startsWith("#") && href.length > 1 ? `${articlePath(ctx.article.slug)}${href}` : href;
  return (
    <a href={target} {...rest} {...(external ? { rel: "noopener noreferrer nofollow", target: "_blank" } : {})}>
      {children}
    </a>
  );
}

/**
 * Fenced code inside prose (e.g. nested in a list) gets the same highlighted block as top-level
 * code, and the corpus id of the matching listing in this section.
 */
function MarkdownPre({ node, ctx }: ComponentProps<"pre"> & { node?: Element; ctx: ProseContext }) {
  const code = node?.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
  const classes = code?.properties.className;
  const langClass = Array.isArray(classes) ? classes.find((c) => String(c).startsWith("language-")) : undefined;
  const lang = langClass ? String(langClass).slice("language-".length) : null;
  const text = code ? hastToString(code) : "";
  const listing = ctx.article.code.find((c) => c.sectionId === ctx.section.id && c.code.replace(/\n$/, "") === text.replace(/\n$/, ""));
  return <CodeBlock id={listing?.id} code={text} lang={lang} />;
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

function componentsFor(ctx: ProseContext): Components {
  return {
    a: (props) => <MarkdownLink {...props} ctx={ctx} />,
    pre: (props) => <MarkdownPre {...props} ctx={ctx} />,
    table: MarkdownTable,
    span: MarkdownSpan,
    ...extraMarkdownComponents,
  };
}

/** Article Markdown rendered at build: GFM, KaTeX, no raw HTML, safe links only. */
export function Markdown({ markdown, ctx }: { markdown: string; ctx: ProseContext }) {
  return (
    <ReactMarkdown
      remarkPlugins={proseRemarkPlugins(ctx)}
      rehypePlugins={proseRehypePlugins(ctx)}
      urlTransform={safeUrl}
      components={componentsFor(ctx)}
    >
      {markdown}
    </ReactMarkdown>
  );
}
