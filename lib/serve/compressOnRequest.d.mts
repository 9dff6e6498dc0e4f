import type { IncomingMessage, ServerResponse } from "node:http";

export function chooseEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;

export interface CompressOnRequest {
  (req: IncomingMessage, res: ServerResponse, next: () => void): void;
  sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): void;
}

export function compressOnRequest(root: string, options?: { setHeaders?: (res: ServerResponse, pathname: string) => void }): CompressOnRequest;
