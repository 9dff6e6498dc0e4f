import type { Matcher } from "@/lib/content/mentions";

/** What every block of one article page renders with: passed down as props, never looked up. */
export interface RenderContext {
  readonly articleSlug: string;
  /** The glossary's matcher; which terms a block links was decided in the compile. */
  readonly matcher: Matcher;
}
