import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { Manifest, NotesFile } from "../../lib/content/schema";
import { quotePlace } from "../notes/quotePlace";
import { axeScan, violationList, violationsInBothSchemes } from "./axe";

// Read from the data file, not the build: the pages must show exactly what the editors wrote.
const notes = NotesFile.parse(JSON.parse(readFileSync("content/notes.json", "utf8")));
const slugs = [...new Set(notes.map((n) => n.articleSlug))];
const manifest = Manifest.parse(JSON.parse(readFileSync("content/articles.json", "utf8")));
const articleFiles = new Map(manifest.map((e) => [e.slug, `content/articles/${e.file}`]));

const ARTICLE = "ai-infra-jia-yangqing";
const NOTE = "transformer-not-jia";

const marker = (page: Page, id: string) => page.locator(`button.note-marker[popovertarget="${id}-note"]`);
const panel = (page: Page, id: string) => page.locator(`[id="${id}-note"]`);
const isOpen = (page: Page, id: string) => panel(page, id).evaluate((el) => el.matches(":popover-open"));

test.describe("note marks in articles", () => {
  for (const slug of slugs) {
    test(`every note of ${slug} is marked exactly once, on its quote, with a marker`, async ({ page }) => {
      await page.goto(`/articles/${slug}/`);
      const source = readFileSync(articleFiles.get(slug) ?? "", "utf8");
      for (const note of notes.filter((n) => n.articleSlug === slug)) {
        const mark = page.locator(`[id="${note.id}"]`);
        await expect(mark, note.id).toHaveCount(1);
        const place = quotePlace(source, note.quote);
        if (place !== "prose") {
          // Code and math cannot hold a mark: the marker follows the block; quoted code lines are marked.
          await expect(mark, note.id).toHaveClass(/block-note/);
          await expect(marker(page, note.id), note.id).toHaveCount(1);
          if (place === "code") {
            const lines = await mark.evaluate((el) => el.closest(".block-notes")?.previousElementSibling?.querySelectorAll(".note-line").length ?? 0);
            expect(lines, note.id).toBeGreaterThan(0);
          }
          continue;
        }
        expect(await mark.evaluate((el) => el.tagName), note.id).toBe("MARK");
        const text = await page
          .locator(`mark[data-note-id="${note.id}"]`)
          .evaluateAll((els) => els.map((el) => el.textContent).join(""));
        expect(text, note.id).toBe(note.quote);
        await expect(marker(page, note.id), note.id).toHaveCount(1);
        await expect(marker(page, note.id)).toHaveText(note.kind === "correction" ? /^勘误\d+$/ : /^背景\d+$/);
      }
    });
  }

  test("a passage link from /notes/ lands on the marked passage", async ({ page }) => {
    await page.goto("/notes/");
    await page.locator(`[id="${NOTE}"]`).getByRole("link", { name: "在原文中查看" }).click();
    // The article is a large page: on a busy machine it takes a while to load.
    await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/#${NOTE}$`), { timeout: 20_000 });
    await expect(page.locator(`mark[id="${NOTE}"]`)).toBeInViewport();
  });
});

test.describe("opening a note", () => {
  test("by mouse: the marker opens the note in place, the close button and a second click close it", async ({
    page,
  }) => {
    await page.goto(`/articles/${ARTICLE}/`);
    const url = page.url();
    await marker(page, NOTE).click();
    await expect(panel(page, NOTE)).toBeVisible();
    await expect(panel(page, NOTE)).toContainText("Attention Is All You Need");
    expect(page.url()).toBe(url);
    await panel(page, NOTE).getByRole("button", { name: "关闭注记" }).click();
    await expect(panel(page, NOTE)).toBeHidden();
    await marker(page, NOTE).click();
    await expect(panel(page, NOTE)).toBeVisible();
    await marker(page, NOTE).click();
    await expect(panel(page, NOTE)).toBeHidden();
  });

  test("by keyboard: Enter and Space open it, Esc closes it and focus stays on the marker", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}/`);
    await marker(page, NOTE).focus();
    await page.keyboard.press("Enter");
    expect(await isOpen(page, NOTE)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await isOpen(page, NOTE)).toBe(false);
    await expect(marker(page, NOTE)).toBeFocused();
    await page.keyboard.press("Space");
    expect(await isOpen(page, NOTE)).toBe(true);
    await page.keyboard.press("Tab");
    await expect(panel(page, NOTE).getByRole("link", { name: "全部注记" })).toBeFocused();
    await page.keyboard.press("Escape");
    expect(await isOpen(page, NOTE)).toBe(false);
  });

  test("opening one note closes the other", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}/`);
    // A note further down (§ 3, not the next paragraph): a nearby marker can lie under the open
    // note's panel, where a click lands on the panel, not on the marker.
    const other = "factorization-not-quantization";
    await marker(page, NOTE).click();
    await expect.poll(() => isOpen(page, NOTE)).toBe(true);
    await marker(page, other).click();
    await expect.poll(() => isOpen(page, other)).toBe(true);
    expect(await isOpen(page, NOTE)).toBe(false);
  });
});

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap opens the note as a sheet, a tap outside or on close dismisses it", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}/`);
    await marker(page, NOTE).scrollIntoViewIfNeeded();
    await marker(page, NOTE).tap();
    await expect(panel(page, NOTE)).toBeVisible();
    const box = await panel(page, NOTE).boundingBox();
    expect(box && Math.round(box.x + box.width)).toBe(390);
    await page.touchscreen.tap(195, 120);
    await expect(panel(page, NOTE)).toBeHidden();
    await marker(page, NOTE).tap();
    await expect(panel(page, NOTE)).toBeVisible();
    await panel(page, NOTE).getByRole("button", { name: "关闭注记" }).tap();
    await expect(panel(page, NOTE)).toBeHidden();
  });
});

test.describe("print", () => {
  test("notes print as footnotes after their block; on screen the footnotes are hidden", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}/`);
    const footnote = page.locator(".note-footnotes .note-footnote", { hasText: "勘误 1" }).first();
    await expect(footnote).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(footnote).toBeVisible();
    await expect(footnote).toContainText("Attention Is All You Need");
    await expect(panel(page, NOTE)).toBeHidden();
  });
});

test.describe("the notes page and home", () => {
  test("/notes/ lists every note under its article, each linking to its passage", async ({ page }) => {
    await page.goto("/notes/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("勘误注记");
    for (const note of notes) {
      const item = page.locator(`li[id="${note.id}"]`);
      await expect(item, note.id).toHaveCount(1);
      await expect(item.getByRole("link", { name: "在原文中查看" })).toHaveAttribute(
        "href",
        `/articles/${note.articleSlug}/#${note.id}`,
      );
      expect(await item.evaluate((el, slug) => el.closest("section")?.id === `notes-${slug}`, note.articleSlug)).toBe(
        true,
      );
    }
  });

  test("notes below the fold are laid out as they near the viewport; a jump from 按文章 lays out all and lands on its article", async ({
    page,
  }) => {
    const lazyMark = () => document.documentElement.hasAttribute("data-lazy-sections");
    await page.goto("/notes/");
    expect(await page.evaluate(lazyMark)).toBe(true);
    const lastNote = page.locator(".notes-list > .note-item").last();
    expect(await lastNote.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe("auto");

    const link = page.locator("nav.notes-toc a").last();
    const target = (await link.getAttribute("href"))?.slice(1) ?? "";
    await link.click();
    expect(await page.evaluate(lazyMark)).toBe(false);
    expect(await lastNote.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe("visible");
    const below = (await page.locator(".site-header").boundingBox())?.height ?? 0;
    const heading = page.locator(`section[id="${target}"] > h2`);
    await expect.poll(async () => Math.round((await heading.boundingBox())?.y ?? -1)).toBeGreaterThanOrEqual(Math.floor(below) - 1);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(below + 80);
  });

  test("each home card shows its article's number of corrections", async ({ page }) => {
    await page.goto("/");
    for (const slug of slugs) {
      const corrections = notes.filter((n) => n.articleSlug === slug && n.kind === "correction").length;
      const card = page.locator("li.article-card", { has: page.locator(`a[href="/articles/${slug}/"]`) });
      await expect(card.locator(".card-corrections"), slug).toHaveText(`${corrections} 处勘误`);
    }
  });
});

test.describe("accessibility", () => {
  test("an article with notes, one note open, has no axe violations", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}/`);
    await marker(page, NOTE).click();
    expect(violationList(await axeScan(page))).toEqual([]);
  });

  test("the notes page has no axe violations, light and dark", async ({ page }) => {
    await page.goto("/notes/");
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
  });
});

test.describe("dates and filters on /notes/", () => {
  test("every note says the month it was checked, in the list and in its popover", async ({ page }) => {
    await page.goto("/notes/");
    for (const note of notes.slice(0, 5)) {
      const [year, month] = note.checked.split("-");
      await expect(page.locator(`li[id="${note.id}"] .note-checked`)).toHaveText(`核实于 ${year}年${Number(month)}月`);
    }
    await page.goto(`/articles/${ARTICLE}/`);
    await marker(page, NOTE).click();
    await expect(panel(page, NOTE).locator(".note-checked")).toHaveText(/^核实于 \d{4}年\d{1,2}月$/);
  });

  test("filtering by article and kind shows exactly those notes, and the choice is in the address", async ({ page }) => {
    await page.goto("/notes/");
    await page.getByRole("combobox", { name: "文章" }).selectOption(ARTICLE);
    await page.getByRole("combobox", { name: "类型" }).selectOption("context");
    const expected = notes.filter((n) => n.articleSlug === ARTICLE && n.kind === "context").map((n) => n.id);
    await expect(page.locator("li.note-item:visible")).toHaveCount(expected.length);
    expect(await page.locator("li.note-item:visible").evaluateAll((els) => els.map((el) => el.id))).toEqual(expect.arrayContaining(expected));
    await expect(page).toHaveURL(new RegExp(`\\?article=${ARTICLE}&kind=context$`));
    await page.reload();
    await expect(page.locator("li.note-item:visible")).toHaveCount(expected.length);
  });

  test("each note has its own link to share", async ({ page }) => {
    await page.goto("/notes/");
    const note = notes[0];
    await expect(page.locator(`li[id="${note.id}"] a.note-permalink`)).toHaveAttribute("href", `#${note.id}`);
  });
});
