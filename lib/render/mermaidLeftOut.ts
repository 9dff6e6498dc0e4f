/**
 * Stands in for the `mermaid` package in a build where every diagram was drawn at build time
 * (see next.config.ts): no page renders the browser fallback, so its ≈ 3.5 MB of chunks are left
 * out. Never called; if it were, the fallback would show the diagram's source.
 */
const mermaid = {
  initialize(): void {},
  render(): Promise<never> {
    return Promise.reject(new Error("Mermaid is not part of this build: every diagram was drawn at build time"));
  },
};

export default mermaid;
