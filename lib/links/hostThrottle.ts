import { setTimeout as sleep } from "node:timers/promises";

/**
 * A per-host rate limit: requests to one host start at least `intervalMs` apart, requests to
 * different hosts do not wait for each other. Slots are reserved in call order.
 */
export class HostThrottle {
  private readonly nextFree = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves the next slot for `host` and returns how many milliseconds remain until it. */
  reserve(host: string): number {
    const now = this.now();
    const slot = Math.max(now, this.nextFree.get(host) ?? now);
    this.nextFree.set(host, slot + this.intervalMs);
    return slot - now;
  }

  /** Resolves when a request to `host` may start. */
  async wait(host: string): Promise<void> {
    const delay = this.reserve(host);
    if (delay > 0) await sleep(delay);
  }
}
