/** What every block of one article page renders with: passed down as props, never looked up. */
export interface RenderContext {
  readonly articleSlug: string;
}
