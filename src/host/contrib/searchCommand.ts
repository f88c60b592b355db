/**
 * "Exam Kiosk: Search Questions": fuzzy search over every loaded bank as you type; picking a result opens the
 * question's file at its stem.
 */
import * as vscode from 'vscode';
import type { SearchField } from '../../core/search/invertedIndex';
import type { SearchHit } from '../../core/search/questionSearch';
import { firstLine } from '../../core/search/snippet';
import { CommandId } from '../commands/commandIds';
import type { SearchIndexCache } from './searchIndexCache';

interface HitItem extends vscode.QuickPickItem {
  readonly hit: SearchHit;
}

const FIELD_LABELS: Record<SearchField, string> = { stem: 'stem', option: 'options', explanation: 'explanation', tag: 'tags', id: 'id' };
const FIELD_ICONS: Record<SearchField, string> = { stem: 'question', option: 'list-unordered', explanation: 'book', tag: 'tag', id: 'symbol-key' };

/** Runs the command; `initialQuery` pre-fills the box (for tests and other commands). */
export async function searchQuestionsCommand(cache: SearchIndexCache, initialQuery = ''): Promise<void> {
  const previewButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('open-preview'), tooltip: 'Preview in the kiosk' };
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.title = 'Search Questions';
  pick.placeholder = 'Words from a stem, an option, an explanation, a tag or an id; typos are fine';
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  pick.busy = true;
  pick.value = initialQuery;
  const disposables: vscode.Disposable[] = [pick];
  let search: ((query: string) => SearchHit[]) | undefined;
  let exams = new Map<string, string>();
  const update = (query: string): void => {
    if (!search) return;
    pick.items = search(query).map((hit) => ({
      // The picker would filter and re-sort by its own matching otherwise: the ranking is the index's.
      alwaysShow: true,
      // What the question is about, then which question and where the query matched: the id and bank lead
      // the detail line so that they stay visible however long the excerpt is.
      label: firstLine(hit.question, 90) || hit.question.id,
      detail: `${hit.question.id} · ${exams.get(hit.question.bankId) ?? hit.question.bankId} · $(${FIELD_ICONS[hit.field]}) ${FIELD_LABELS[hit.field]}: ${hit.snippet}`,
      buttons: [previewButton],
      hit,
    }));
  };
  disposables.push(
    pick.onDidChangeValue(update),
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0];
      if (!item) return;
      pick.hide();
      void openAtStem(item.hit);
    }),
    pick.onDidTriggerItemButton((event) => {
      pick.hide();
      void vscode.commands.executeCommand(CommandId.PreviewQuestion, vscode.Uri.file(event.item.hit.question.file));
    }),
    pick.onDidHide(() => disposables.forEach((d) => d.dispose())),
  );
  pick.show();
  // The picker is up (busy) while the banks load and the index is built, which is instant for real banks.
  try {
    const index = await cache.get();
    search = (query) => index.search.search(query);
    exams = index.exams;
    update(pick.value);
  } finally {
    pick.busy = false;
  }
}

async function openAtStem(hit: SearchHit): Promise<void> {
  const line = Math.max(0, hit.question.stemPosition.line - 1);
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(vscode.Uri.file(hit.question.file), { selection: new vscode.Range(position, position) });
}
