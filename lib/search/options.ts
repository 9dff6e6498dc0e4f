import type { Options } from "minisearch";
import { FIELD_BOOST, SEARCH_FIELDS, type SearchDoc } from "./documents";
import { indexTerms } from "./tokenize";

/**
 * MiniSearch options, identical at build time and in the browser (loadJS needs the same ones).
 * Terms come out of our tokenizer already normalized, and queries are handed over as single terms,
 * so MiniSearch's own splitting and lowercasing are switched off.
 */
export function miniSearchOptions(): Options<SearchDoc> {
  return {
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
    searchOptions: {
      boost: { ...FIELD_BOOST },
      tokenize: (text) => [text],
      processTerm: (term) => term,
      // Prefix matches (one Han character, a half-typed word) count less than exact terms.
      weights: { fuzzy: 0.3, prefix: 0.5 },
    },
  };
}
