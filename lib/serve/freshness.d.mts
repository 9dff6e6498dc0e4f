export const root: string;
export const outDir: string;
export const stampFile: string;
export function newestMtime(target: string): number;
export function staleReason(): string | null;
