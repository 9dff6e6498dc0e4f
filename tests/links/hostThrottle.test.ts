import { describe, expect, it } from "vitest";
import { HostThrottle } from "@/lib/links/hostThrottle";

describe("HostThrottle", () => {
  it("spaces requests to one host by the interval and lets other hosts go at once", () => {
    let now = 10_000;
    const throttle = new HostThrottle(1_000, () => now);
    expect([throttle.reserve("a.test"), throttle.reserve("a.test"), throttle.reserve("a.test")]).toEqual([0, 1_000, 2_000]);
    expect(throttle.reserve("b.test")).toBe(0);
    // 1.5 s later a.test's slots are taken up to +3 s: the next request waits 1.5 s.
    now += 1_500;
    expect(throttle.reserve("a.test")).toBe(1_500);
    // Long after, a host starts fresh.
    now += 60_000;
    expect(throttle.reserve("a.test")).toBe(0);
  });
});
