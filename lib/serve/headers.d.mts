export type Headers = Record<string, string>;
export function inlineScripts(html: string): string[];
export function scriptHash(source: string): string;
export function contentSecurityPolicy(hashes: readonly string[]): string;
export function pageScriptHashes(outDir: string): Map<string, string[]>;
export function pageFileFor(pathname: string): string;
export function securityHeaders(outDir: string): (pathname: string) => Headers;
export function headersFile(outDir: string): string;
