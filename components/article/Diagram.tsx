import { mergeDiagramThemes } from "@/lib/render/diagramThemes";
import { drawnInBrowser, renderDiagram, withUniqueIds } from "@/lib/render/mermaid";
import { DiagramViewerClient } from "./DiagramViewerClient";
import { MermaidFallbackClient } from "./MermaidFallbackClient";

/**
 * A Mermaid diagram, rendered to SVG at build in both themes: one SVG whose stylesheet follows the
 * page theme, or, when the two renders differ in more than colours, both, and CSS shows the one
 * matching the theme. Inline SVG with a viewBox gets its height from its own aspect ratio, so
 * nothing shifts.
 */
export async function Diagram({
  articleSlug,
  id,
  number,
  source,
  caption,
}: {
  articleSlug: string;
  id: string;
  number: number;
  source: string;
  caption: string;
}) {
  const rendered = drawnInBrowser(articleSlug) ? null : await renderDiagram(source);
  const themed = rendered ? mergeDiagramThemes(rendered.light, rendered.dark) : null;
  const label = `图 ${number}`;
  return (
    <figure className="diagram" id={id} aria-label={`${label}：${caption}`}>
      {themed ? (
        <div className="diagram-canvas">
          <div className="diagram-svg" dangerouslySetInnerHTML={{ __html: withUniqueIds(themed, `${id}-svg`) }} />
        </div>
      ) : rendered ? (
        <div className="diagram-canvas">
          <div className="diagram-svg diagram-light" dangerouslySetInnerHTML={{ __html: withUniqueIds(rendered.light, `${id}-light`) }} />
          <div className="diagram-svg diagram-dark" dangerouslySetInnerHTML={{ __html: withUniqueIds(rendered.dark, `${id}-dark`) }} />
        </div>
      ) : (
        <MermaidFallbackClient id={id} source={source} />
      )}
      <figcaption className="diagram-caption">
        <span className="diagram-number">{label}</span>
        <span className="diagram-caption-text">{caption}</span>
      </figcaption>
      <div className="diagram-tools">
        <details className="diagram-source">
          <summary>查看源码</summary>
          <pre>
            <code>{source}</code>
          </pre>
        </details>
        <DiagramViewerClient label={`${label}：${caption}`} />
      </div>
    </figure>
  );
}
