import { describe, expect, it } from "vitest";
import { placeOf, READING_PLACES_KEY, rememberPlace } from "@/lib/readingPlace";

/** localStorage's interface over a Map. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe("reading places", () => {
  it("keeps one place per article, the latest, and forgets it on request", () => {
    const storage = memoryStorage();
    rememberPlace(storage, "a", "s-2");
    rememberPlace(storage, "b", "s-5");
    rememberPlace(storage, "a", "s-4-1");
    expect(placeOf(storage, "a")).toBe("s-4-1");
    expect(placeOf(storage, "b")).toBe("s-5");
    rememberPlace(storage, "a", null);
    expect(placeOf(storage, "a")).toBeNull();
    expect(placeOf(storage, "b")).toBe("s-5");
    rememberPlace(storage, "b", null);
    expect(storage.getItem(READING_PLACES_KEY)).toBeNull();
  });

  it("keeps the 20 most recent articles", () => {
    const storage = memoryStorage();
    for (let i = 0; i < 25; i++) rememberPlace(storage, `article-${i}`, "s-2");
    expect(placeOf(storage, "article-4")).toBeNull();
    expect(placeOf(storage, "article-5")).toBe("s-2");
    expect(placeOf(storage, "article-24")).toBe("s-2");
  });

  it("reads damaged or foreign values as no place, and writes over them", () => {
    for (const value of ["{", "null", '{"a":"s-2"}', '[["a"],[1,"s-2"],"a"]']) {
      const storage = memoryStorage({ [READING_PLACES_KEY]: value });
      expect(placeOf(storage, "a")).toBeNull();
      rememberPlace(storage, "a", "s-3");
      expect(placeOf(storage, "a")).toBe("s-3");
    }
  });

  it("does nothing, and throws nothing, where storage is blocked or full", () => {
    expect(placeOf(null, "a")).toBeNull();
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(() => rememberPlace(full, "a", "s-2")).not.toThrow();
    expect(() => rememberPlace(null, "a", "s-2")).not.toThrow();
  });
});
