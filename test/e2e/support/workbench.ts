/**
 * Playwright helpers for VS Code's web workbench (1.100). Each helper waits for the state it needs and for
 * the result of what it did; none sleeps for a fixed time. Selectors are VS Code's own DOM classes and ARIA
 * labels, gathered here so that a workbench update is fixed in one place.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { textMatches, waitFor, type WaitOptions } from './waitFor';

/** One row of the Problems panel. */
export interface Problem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The file's path as the workbench shows it in the row's tooltip (absolute for local files). */
  file: string;
  /** 1-based, as shown in `[Ln 7, Col 1]`. */
  line: number;
  column: number;
  /** The diagnostic's source and code, when the extension set them, e.g. `exam-kiosk` and `correct-none`. */
  source?: string;
  code?: string;
}

/** A notification toast (or its entry in the notification centre). */
export interface Notification {
  message: string;
  /** Labels of its buttons, in order. */
  buttons: string[];
  /** Clicks the button labelled `label`. */
  click(label: string): Promise<void>;
  /** Closes it (the toast's clear action). */
  dismiss(): Promise<void>;
}

const quickInput = '.quick-input-widget';
const quickInputBox = `${quickInput} .quick-input-box input`;
const quickInputRows = `${quickInput} .quick-input-list .monaco-list-row`;

/** The VS Code workbench in a Playwright page. */
export class Workbench {
  constructor(readonly page: Page) {}

  /** Navigates to `url` (a code-server workbench URL) and waits until the workbench is ready. */
  static async open(page: Page, url: string, options: WaitOptions = {}): Promise<Workbench> {
    const workbench = new Workbench(page);
    await page.goto(url);
    await workbench.waitUntilReady(options);
    return workbench;
  }

  /**
   * Waits until the workbench has rendered its parts and connected to the server: the activity bar shows
   * its items and the status bar is there.
   */
  async waitUntilReady(options: WaitOptions = {}): Promise<void> {
    const timeout = options.timeout ?? 60_000;
    await this.page.locator('.monaco-workbench .part.activitybar .action-item').first().waitFor({ timeout });
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout });
  }

  /** Reloads the page (a "Developer: Reload Window") and waits until the workbench is ready again. */
  async reload(options: WaitOptions = {}): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady(options);
  }

  // ----- command palette and quick input -----

  /**
   * Runs a command from the command palette by the title the palette shows, category included
   * (`'Exam Kiosk: Validate Question Banks'`). Waits for the palette, types, waits for exactly that row and
   * accepts it, then waits until the palette has closed or shows the command's own quick input.
   */
  async runCommand(title: string, options: WaitOptions = {}): Promise<void> {
    await this.openQuickInput('F1', (value) => value.startsWith('>'), options);
    const query = `>${title}`;
    // Right after the window opens, the palette can list commands before the extensions' contributions are
    // registered, and it keeps that list while the query is edited: retype the query until the row is there.
    await waitFor(
      async () => {
        await this.page.locator(quickInputBox).fill('>');
        await this.page.locator(quickInputBox).fill(query);
        try {
          await waitFor(async () => (await this.rowLabels()).includes(title) || undefined, { timeout: 2000 });
          return true;
        } catch {
          return false;
        }
      },
      { ...options, message: `command "${title}" in the palette` },
    );
    await this.acceptQuickInputRow((label) => label === title, `command "${title}" in the palette`, options);
    await waitFor(
      async () => {
        const visible = await this.page.locator(quickInput).isVisible();
        return !visible || (await this.page.locator(quickInputBox).inputValue()) !== query;
      },
      { ...options, message: `the command palette to close after running "${title}"` },
    );
  }

  /** Opens Quick Open (Ctrl+P), types `relativePath` and opens the first match; waits for its editor tab. */
  async openFile(relativePath: string, options: WaitOptions = {}): Promise<void> {
    await this.openQuickInput('Control+P', (value) => !value.startsWith('>'), options);
    await this.page.locator(quickInputBox).fill(relativePath);
    const name = path.basename(relativePath);
    await this.acceptQuickInputRow((label) => label === name, `"${relativePath}" in Quick Open`, options);
    await this.page
      .locator(`.editor-group-container.active .tab.active[aria-label^="${cssString(name)}"]`)
      .waitFor({ timeout: options.timeout });
  }

  /** Labels of the rows the open quick input shows (a QuickPick of the extension, say). */
  async quickPickItems(options: WaitOptions = {}): Promise<string[]> {
    await this.page.locator(quickInput).waitFor({ state: 'visible', timeout: options.timeout });
    await this.page.locator(quickInputRows).first().waitFor({ timeout: options.timeout });
    return this.rowLabels();
  }

  /**
   * Answers an open QuickPick: waits for a row whose label equals `label` (or matches the RegExp) and
   * accepts it.
   */
  async pickQuickPickItem(label: string | RegExp, options: WaitOptions = {}): Promise<void> {
    await this.page.locator(quickInput).waitFor({ state: 'visible', timeout: options.timeout });
    const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
    await this.acceptQuickInputRow(matches, `quick pick item ${String(label)}`, options);
  }

  /** Answers an open InputBox (`showInputBox`): replaces its text with `text` and presses Enter. */
  async answerInputBox(text: string, options: WaitOptions = {}): Promise<void> {
    await this.page.locator(quickInputBox).waitFor({ state: 'visible', timeout: options.timeout });
    await this.page.locator(quickInputBox).fill(text);
    await this.page.locator(quickInputBox).press('Enter');
  }

  private async openQuickInput(key: string, isRightMode: (value: string) => boolean, options: WaitOptions): Promise<void> {
    // The first key press can land before the workbench's keybindings are wired up, so press again until the
    // widget shows up in the expected mode.
    await waitFor(
      async () => {
        if (await this.page.locator(quickInput).isVisible()) {
          if (isRightMode(await this.page.locator(quickInputBox).inputValue())) return true;
          await this.page.keyboard.press('Escape');
        }
        await this.page.keyboard.press(key);
        await this.page.locator(quickInputBox).waitFor({ state: 'visible', timeout: 1000 });
        return isRightMode(await this.page.locator(quickInputBox).inputValue());
      },
      { ...options, message: `the quick input to open with ${key}` },
    );
  }

  private async acceptQuickInputRow(matches: (label: string) => boolean, what: string, options: WaitOptions): Promise<void> {
    const index = await waitFor(
      async () => {
        const labels = await this.rowLabels();
        const found = labels.findIndex(matches);
        return found >= 0 ? found : undefined;
      },
      { ...options, message: what },
    );
    const row = this.page.locator(quickInputRows).nth(index);
    if ((await row.getAttribute('class'))?.split(' ').includes('focused')) {
      await this.page.locator(quickInputBox).press('Enter');
    } else {
      await row.click();
    }
  }

  private async rowLabels(): Promise<string[]> {
    return this.page
      .locator(quickInputRows)
      .evaluateAll((rows: any[]) => rows.map((row) => (row.querySelector('.label-name')?.textContent ?? '').trim()));
  }

  // ----- activity bar, views, trees -----

  /**
   * Opens the view container whose activity-bar entry is titled `title` (`'Exam Kiosk'`), unless it is
   * already open (a second click would close the side bar), and waits for the side bar to show it.
   */
  async openViewContainer(title: string, options: WaitOptions = {}): Promise<void> {
    const item = this.page.locator('.part.activitybar .action-item').filter({
      has: this.page.locator(`a.action-label[aria-label="${cssString(title)}"], a.action-label[aria-label^="${cssString(title)} ("]`),
    });
    await item.first().waitFor({ timeout: options.timeout });
    const sidebarTitle = this.page.locator('.part.sidebar .composite.title h2');
    const isOpen = async () =>
      (await this.page.locator('.part.sidebar').isVisible()) &&
      ((await sidebarTitle.textContent()) ?? '').trim().toLowerCase().startsWith(title.toLowerCase());
    // Right after a reload the workbench restores its own side-bar state, which can close the container
    // again just after our click; so click again (only while it is closed) until it stays open.
    let lastClick = 0;
    await waitFor(
      async () => {
        if (await isOpen()) return true;
        if (Date.now() - lastClick > 2_000) {
          lastClick = Date.now();
          await item.first().click();
        }
        return false;
      },
      { ...options, message: `the side bar to show "${title}"` },
    );
  }

  /**
   * The tree of the view named `viewName` (`'Certifications'`) in the side bar or panel, expanded if its
   * section was collapsed.
   */
  async treeView(viewName: string, options: WaitOptions = {}): Promise<Locator> {
    const header = this.page.locator(`.pane-header[aria-label="${cssString(viewName)} Section"]`);
    await header.first().waitFor({ state: 'attached', timeout: options.timeout });
    if ((await header.first().getAttribute('aria-expanded')) === 'false') await header.first().click();
    const tree = this.page.locator(`.pane-body [role="tree"][aria-label="${cssString(viewName)}"]`);
    await tree.first().waitFor({ timeout: options.timeout });
    return tree.first();
  }

  /** The rows a tree view shows now (their accessible labels), waiting until it shows at least one. */
  async treeRows(viewName: string, options: WaitOptions = {}): Promise<string[]> {
    const tree = await this.treeView(viewName, options);
    await tree.locator('.monaco-list-row').first().waitFor({ timeout: options.timeout });
    return treeRowLabels(tree);
  }

  /** Waits until the tree view shows a row matching `pattern` and returns that row (to click it, say). */
  async waitForTreeRow(viewName: string, pattern: string | RegExp, options: WaitOptions = {}): Promise<Locator> {
    const tree = await this.treeView(viewName, options);
    const label = await waitFor(
      async () => (await treeRows(tree)).find((row) => textMatches(row.label, pattern))?.rawLabel,
      { ...options, message: `a row matching ${String(pattern)} in the "${viewName}" view` },
    );
    // By its label, not its position: the list reuses row elements, so the DOM order is not the rows' order,
    // and a refresh between finding the row and using it would hand back another row.
    return tree.locator(`.monaco-list-row[aria-label="${cssString(label)}"]`).first();
  }

  /** Right-clicks `row` (a tree row) and runs the item labelled `label` of its context menu. */
  async runContextMenuItem(row: Locator, label: string, options: WaitOptions = {}): Promise<void> {
    await row.click({ button: 'right' });
    const item = this.page.locator('.monaco-menu .action-item').filter({ has: this.page.locator('.action-label', { hasText: label }) });
    await item.first().waitFor({ timeout: options.timeout });
    // A click right after the menu opens can be taken for the release of the right button and ignored;
    // pointing at the item focuses it, and Enter runs the focused item.
    await item.first().hover();
    await waitFor(async () => (await item.first().getAttribute('class'))?.includes('focused'), { ...options, message: `"${label}" to be focused in the menu` });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.monaco-menu').first().waitFor({ state: 'detached', timeout: options.timeout });
  }

  // ----- problems panel -----

  /** Opens the Problems panel if it is not showing (Ctrl+Shift+M toggles it, so only when hidden). */
  async openProblems(options: WaitOptions = {}): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: options.timeout });
  }

  /**
   * Reads the Problems panel's rows. The list only renders what fits, so long lists are scrolled through;
   * `filter` types into the panel's filter box first (pass `''` to clear it).
   */
  async problems(options: WaitOptions & { filter?: string } = {}): Promise<Problem[]> {
    await this.openProblems(options);
    if (options.filter !== undefined) {
      const box = this.page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await box.fill(options.filter);
    }
    const list = this.page.locator('.markers-panel [role="tree"]');
    if (!(await list.isVisible())) return [];
    const rows = new Map<number, RawMarkerRow>();
    for (let guard = 0; guard < 200; guard++) {
      const before = rows.size;
      for (const row of await readMarkerRows(list)) rows.set(row.index, row);
      const done = await list.evaluate((el: any) => {
        const scrollable = el.querySelector('.monaco-scrollable-element');
        const rowsEl = el.querySelector('.monaco-list-rows');
        return !scrollable || !rowsEl || rowsEl.scrollHeight <= scrollable.clientHeight + Math.abs(parseFloat(rowsEl.style.top || '0')) + 1;
      });
      if (done || rows.size === before) break;
      await list.hover();
      await this.page.mouse.wheel(0, 300);
    }
    return toProblems([...rows.values()].sort((a, b) => a.index - b.index));
  }

  /** Waits until the Problems panel shows a problem for which `predicate` holds, and returns it. */
  async waitForProblem(predicate: (problem: Problem) => boolean, options: WaitOptions = {}): Promise<Problem> {
    return waitFor(async () => (await this.problems(options)).find(predicate), {
      ...options,
      message: options.message ?? 'a matching row in the Problems panel',
    });
  }

  // ----- notifications -----

  /** Waits for a notification whose message matches `pattern` (a toast, or in the notification centre). */
  async waitForNotification(pattern: string | RegExp, options: WaitOptions = {}): Promise<Notification> {
    const items = this.page.locator('.notifications-toasts .notification-list-item, .notifications-center .notification-list-item');
    const item = await waitFor(
      async () => {
        const count = await items.count();
        for (let i = 0; i < count; i++) {
          const candidate = items.nth(i);
          const text = (await candidate.locator('.notification-list-item-message').textContent()) ?? '';
          if (textMatches(text, pattern)) return { locator: candidate, text };
        }
        return undefined;
      },
      { ...options, message: `a notification matching ${String(pattern)}` },
    );
    const buttons = item.locator.locator('.notification-list-item-buttons-container .monaco-button');
    return {
      message: item.text,
      buttons: (await buttons.allTextContents()).map((label) => label.trim()),
      click: async (label: string) => {
        await buttons.filter({ hasText: label }).first().click();
        await item.locator.waitFor({ state: 'detached', timeout: options.timeout });
      },
      dismiss: async () => {
        await item.locator.hover();
        await item.locator.locator('.codicon-notifications-clear').click();
        await item.locator.waitFor({ state: 'detached', timeout: options.timeout });
      },
    };
  }

  // ----- modal dialogs -----

  /**
   * Waits for a modal dialog (`showWarningMessage(…, { modal: true })`) whose message matches `pattern`,
   * returns its message, detail and buttons, and clicks `button` when given.
   */
  async answerDialog(pattern: string | RegExp, button?: string, options: WaitOptions = {}): Promise<{ message: string; detail: string; buttons: string[] }> {
    const box = this.page.locator('.monaco-dialog-box');
    const found = await waitFor(
      async () => {
        if (!(await box.isVisible().catch(() => false))) return undefined;
        const message = ((await box.locator('.dialog-message-text').textContent()) ?? '').trim();
        return textMatches(message, pattern) ? message : undefined;
      },
      { ...options, message: `a dialog matching ${String(pattern)}` },
    );
    const detail = ((await box.locator('.dialog-message-detail').textContent().catch(() => '')) ?? '').trim();
    const buttonLocator = box.locator('.dialog-buttons .monaco-button');
    const buttons = (await buttonLocator.allTextContents()).map((label) => label.trim());
    if (button !== undefined) {
      await buttonLocator.filter({ hasText: button }).first().click();
      await box.waitFor({ state: 'hidden', timeout: options.timeout });
    }
    return { message: found, detail, buttons };
  }

  // ----- webviews -----

  /**
   * The frame of a webview that contains `selector`. Webviews are nested iframes (the workbench's host frame,
   * then the extension's document), so every frame of the page is searched until one has the element.
   */
  async webviewFrame(selector: string, options: WaitOptions = {}): Promise<Frame> {
    return waitFor(
      async () => {
        for (const frame of this.page.frames()) {
          if (frame === this.page.mainFrame() || frame.isDetached()) continue;
          if ((await frame.locator(selector).count()) > 0) return frame;
        }
        return undefined;
      },
      { ...options, message: `a webview containing ${selector}` },
    );
  }

  /** A locator for `selector` inside whichever webview contains it (see {@link webviewFrame}). */
  async webviewElement(selector: string, options: WaitOptions = {}): Promise<Locator> {
    return (await this.webviewFrame(selector, options)).locator(selector).first();
  }

  // ----- editors -----

  /** Focuses the active text editor and types `text` at the cursor (`{ at: 'end' }` moves to the end first). */
  async typeInEditor(text: string, options: WaitOptions & { at?: 'cursor' | 'end' | 'start' } = {}): Promise<void> {
    const editor = this.page.locator('.editor-group-container.active .monaco-editor').first();
    await editor.waitFor({ timeout: options.timeout });
    await editor.locator('.view-lines').click();
    if (options.at === 'end') await this.page.keyboard.press('Control+End');
    if (options.at === 'start') await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.type(text);
  }

  /** The text of the active editor's rendered lines (the visible part of a long file). */
  async editorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
    return lines.evaluateAll((els: any[]) =>
      els
        .map((el) => ({ top: parseFloat(el.style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text)
        .join('\n'),
    );
  }

  // ----- evidence -----

  /** Saves a PNG of the whole window at `file` (folders are created). */
  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }
}

interface RawMarkerRow {
  index: number;
  level: number;
  file: string;
  severity: string;
  message: string;
  position: string;
  source: string;
  code: string;
}

async function readMarkerRows(list: Locator): Promise<RawMarkerRow[]> {
  // No named helpers inside: tsx compiles them with a `__name()` wrapper that does not exist in the page.
  return list.locator('.monaco-list-row').evaluateAll((rows: any[]) =>
    rows.map((row) => {
      const icon = row.querySelector('.marker-icon');
      return {
        index: Number(row.getAttribute('data-index')),
        level: Number(row.getAttribute('aria-level')),
        file: row.querySelector('.resource-label-container .monaco-icon-label')?.getAttribute('aria-label') ?? '',
        severity: icon ? ['error', 'warning', 'info'].find((s) => icon.classList.contains(s)) ?? 'info' : '',
        message: (row.querySelector('.marker-message')?.textContent ?? '').trim(),
        position: (row.querySelector('.marker-line')?.textContent ?? '').trim(),
        source: (row.querySelector('.marker-source')?.textContent ?? '').trim(),
        code: (row.querySelector('.marker-code')?.textContent ?? '').trim(),
      };
    }),
  );
}

function toProblems(rows: RawMarkerRow[]): Problem[] {
  const problems: Problem[] = [];
  let file = '';
  for (const row of rows) {
    if (row.level === 1) {
      file = row.file;
      continue;
    }
    const position = /Ln (\d+), Col (\d+)/.exec(row.position);
    problems.push({
      severity: row.severity as Problem['severity'],
      message: row.message,
      file,
      line: position ? Number(position[1]) : 0,
      column: position ? Number(position[2]) : 0,
      ...(row.source ? { source: row.source } : {}),
      ...(row.code ? { code: row.code.replace(/^\(|\)$/g, '') } : {}),
    });
  }
  return problems;
}

async function treeRows(tree: Locator): Promise<{ label: string; rawLabel: string }[]> {
  return tree.locator('.monaco-list-row').evaluateAll((rows: any[]) =>
    rows
      .map((row) => ({ index: Number(row.getAttribute('data-index')), rawLabel: String(row.getAttribute('aria-label') ?? '') }))
      .sort((a, b) => a.index - b.index)
      .map((row) => ({ label: row.rawLabel.trim(), rawLabel: row.rawLabel })),
  );
}

async function treeRowLabels(tree: Locator): Promise<string[]> {
  return (await treeRows(tree)).map((row) => row.label);
}

/** Escapes a value for a double-quoted CSS attribute selector. */
function cssString(value: string): string {
  // A line break can't stand in a CSS string; `\a ` and `\d ` are its escapes (a tree row's label may span lines).
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ').replace(/\r/g, '\\d ');
}
