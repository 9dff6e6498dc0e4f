/**
 * The reader's appearance settings. Each is a localStorage key and a `data-<key>` attribute on
 * <html> with a closed set of values; CSS reads the attributes. The inline script in <head>
 * (lib/render/inlineScripts.ts) applies them before first paint, the header menu changes them
 * later; both are built from this one table.
 */
export const APPEARANCE = {
  textSize: { key: "text-size", values: ["small", "standard", "large"], initial: "standard" },
  width: { key: "width", values: ["standard", "wide"], initial: "standard" },
  theme: { key: "theme", values: ["light", "dark", "system"], initial: "system" },
  termPreviews: { key: "term-previews", values: ["on", "off"], initial: "on" },
} as const;

export type Setting = keyof typeof APPEARANCE;
export type SettingValue<S extends Setting> = (typeof APPEARANCE)[S]["values"][number];
export type Appearance = { -readonly [S in Setting]: SettingValue<S> };

export const SETTINGS = Object.keys(APPEARANCE) as Setting[];

/** The media query behind 跟随系统. */
export const DARK_QUERY = "(prefers-color-scheme: dark)";

export const INITIAL_APPEARANCE: Readonly<Appearance> = Object.freeze(
  Object.fromEntries(SETTINGS.map((s) => [s, APPEARANCE[s].initial])) as Appearance,
);

function isValue<S extends Setting>(setting: S, value: unknown): value is SettingValue<S> {
  return (APPEARANCE[setting].values as readonly unknown[]).includes(value);
}

/** localStorage, or null where it is blocked (some private modes throw on access). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function stored(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** What the reader chose; anything unknown or missing reads as the initial value. */
export function readAppearance(storage: Storage | null): Appearance {
  const read = <S extends Setting>(s: S): SettingValue<S> => {
    const value = stored(storage, APPEARANCE[s].key);
    return isValue(s, value) ? value : APPEARANCE[s].initial;
  };
  return { textSize: read("textSize"), width: read("width"), theme: read("theme"), termPreviews: read("termPreviews") };
}

/** Remembers one choice; the initial value is stored as no entry at all. */
export function saveSetting<S extends Setting>(storage: Storage | null, setting: S, value: SettingValue<S>): void {
  const { key, initial } = APPEARANCE[setting];
  try {
    if (value === initial) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage full or blocked: the choice lasts for this page only.
  }
}

/** True when a storage event is about one of these settings (null: the whole storage was cleared). */
export function isAppearanceKey(key: string | null): boolean {
  return key === null || SETTINGS.some((s) => APPEARANCE[s].key === key);
}

/** Sets the attributes CSS reads; the theme attribute holds the resolved "light" or "dark". */
export function applyAppearance(root: HTMLElement, appearance: Appearance, systemDark: boolean): void {
  for (const setting of SETTINGS) {
    const value = appearance[setting];
    const shown = setting === "theme" && value === "system" ? (systemDark ? "dark" : "light") : value;
    root.setAttribute(`data-${APPEARANCE[setting].key}`, shown);
  }
}

/** Whether hovering or focusing a glossary link should open its preview card. */
export function termPreviewsEnabled(): boolean {
  return document.documentElement.getAttribute(`data-${APPEARANCE.termPreviews.key}`) !== "off";
}
