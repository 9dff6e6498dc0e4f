"use client";

import { type ToggleEvent, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import {
  type Appearance,
  applyAppearance,
  browserStorage,
  DARK_QUERY,
  INITIAL_APPEARANCE,
  isAppearanceKey,
  readAppearance,
  type Setting,
  type SettingValue,
  saveSetting,
} from "@/lib/appearance";
import "./appearance.css";

const PANEL_ID = "appearance-panel";

/** The groups in the order shown, with their labels; `wideOnly` groups hide where they change nothing. */
const GROUPS: { setting: Setting; legend: string; options: Record<string, string>; wideOnly?: boolean }[] = [
  { setting: "textSize", legend: "文字大小", options: { small: "小", standard: "标准", large: "大" } },
  { setting: "width", legend: "栏宽", options: { standard: "标准", wide: "加宽" }, wideOnly: true },
  { setting: "theme", legend: "主题", options: { light: "浅色", dark: "深色", system: "跟随系统" } },
  { setting: "termPreviews", legend: "术语预览", options: { on: "开启", off: "关闭" } },
];

/**
 * The header's 外观 menu: text size, column width, theme and term previews, as groups of radio
 * buttons in a popover (Esc and clicking outside close it; arrow keys move within a group).
 * Choices are stored per browser, applied at once, and followed in other open tabs. The groups are
 * rendered when the menu first opens: every page carries the button, few readers open the menu.
 */
export function AppearanceMenuClient() {
  const [appearance, setAppearance] = useState<Appearance>(INITIAL_APPEARANCE);
  const [everOpened, setEverOpened] = useState(false);
  const current = useRef(appearance);
  current.current = appearance;
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const root = document.documentElement;
    const stored = readAppearance(browserStorage());
    // The system's scheme may have changed since the inline script applied it, before this listener.
    applyAppearance(root, stored, media.matches);
    setAppearance(stored);
    // Another tab changed a setting: show and apply it here too.
    const onStorage = (event: StorageEvent) => {
      if (!isAppearanceKey(event.key)) return;
      const next = readAppearance(browserStorage());
      applyAppearance(root, next, media.matches);
      setAppearance(next);
    };
    // 跟随系统 follows the system while the page is open.
    const onSystem = () => applyAppearance(root, current.current, media.matches);
    window.addEventListener("storage", onStorage);
    media.addEventListener("change", onSystem);
    return () => {
      window.removeEventListener("storage", onStorage);
      media.removeEventListener("change", onSystem);
    };
  }, []);

  function choose<S extends Setting>(setting: S, value: SettingValue<S>) {
    const next = { ...current.current, [setting]: value };
    saveSetting(browserStorage(), setting, value);
    applyAppearance(document.documentElement, next, window.matchMedia(DARK_QUERY).matches);
    setAppearance(next);
  }

  /** The groups exist before the menu shows (synchronously: `onToggle` focuses one of them). */
  function onBeforeToggle(event: ToggleEvent<HTMLDivElement>) {
    if (event.newState === "open" && !everOpened) flushSync(() => setEverOpened(true));
  }

  /** Opening moves focus to the first group's chosen option, so arrow keys work at once. */
  function onToggle(event: ToggleEvent<HTMLDivElement>) {
    if (event.newState === "open") panel.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
  }

  return (
    <>
      <button type="button" className="icon-button appearance-button" popoverTarget={PANEL_ID} aria-label="外观设置" title="外观">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M3 19 8.5 5h1L15 19M5 14.5h7.5" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M15.5 10.5h5M15.5 14.5h5M15.5 18.5h5" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
        </svg>
      </button>
      <div ref={panel} id={PANEL_ID} popover="auto" className="appearance-panel" role="dialog" aria-label="外观设置" onBeforeToggle={onBeforeToggle} onToggle={onToggle}>
        <p className="appearance-title" aria-hidden="true">
          外观
        </p>
        {everOpened ? GROUPS.map(({ setting, legend, options, wideOnly }) => (
          <fieldset key={setting} className={wideOnly ? "appearance-group appearance-wide-only" : "appearance-group"}>
            <legend>{legend}</legend>
            <div className="appearance-options">
              {Object.entries(options).map(([value, label]) => (
                <label key={value} className="appearance-option">
                  <input
                    type="radio"
                    name={`appearance-${setting}`}
                    value={value}
                    checked={appearance[setting] === value}
                    onChange={() => choose(setting, value as SettingValue<typeof setting>)}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )) : null}
      </div>
    </>
  );
}
