import { describe, expect, it } from "vitest";
import { safeUrl } from "@/lib/render/safeUrl";

describe("safeUrl", () => {
  it.each(["https://example.com/a?b=1", "http://x.org", "mailto:a@b.c", "/glossary/gpu/", "#s-1", "../x", "page.html"])(
    "keeps %s",
    (url) => expect(safeUrl(url)).toBe(url),
  );

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd"])(
    "drops %s",
    (url) => expect(safeUrl(url)).toBeUndefined(),
  );
});
