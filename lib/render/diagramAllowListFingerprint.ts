import { createHash } from "node:crypto";
import DOMPurify from "dompurify";
import { DIAGRAM_PURIFY_CONFIG } from "./diagramAllowList";
import { HOOKS_REVISION } from "./diagramPurifier";

/** Changes whenever the sanitizing rules change: part of the Mermaid cache key. */
export const allowListFingerprint = createHash("sha256")
  .update(JSON.stringify({ DIAGRAM_PURIFY_CONFIG, HOOKS_REVISION, dompurify: DOMPurify.version }))
  .digest("hex")
  .slice(0, 16);
