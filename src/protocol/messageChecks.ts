/**
 * The allow-lists of what each page may send the host (and what the host may send each page), checked at run
 * time on arrival. The guards' types are tied to the protocol's, so a message type added to the protocol
 * without its check here does not compile.
 */
import { exactly, integer, oneOf, optional, tagged, text, type Guard } from './guards';
import type { ChartsToHost, HostToCharts } from './charts';
import type { HostToKiosk, KioskAction, KioskToHost } from './kiosk';
import type { HostToSidebar, SidebarAction, SidebarToHost } from './sidebar';

/** Longer comments are cut by the engine; a page sending far more than that is not a candidate typing. */
const MAX_COMMENT_MESSAGE = 20_000;
const MAX_ID = 200;
const MAX_URL = 4096;
/** No exam has this many questions or options; anything larger is not a real index. */
const MAX_INDEX = 10_000;

const index = optional(integer(0, MAX_INDEX));
const option = integer(0, MAX_INDEX);

const kioskAction = tagged({
  select: { option, index },
  deselect: { option, index },
  'toggle-strike': { option, index },
  clear: { index },
  'toggle-flag': { index },
  reveal: { index },
  'set-comment': { text: text(MAX_COMMENT_MESSAGE), index },
  'go-to': { index: integer(0, MAX_INDEX) },
  next: {},
  previous: {},
  submit: {},
});

const sidebarAction = tagged({
  select: { option, index },
  deselect: { option, index },
  'toggle-strike': { option, index },
  reveal: { index },
});

const seq = integer(1);

export const isKioskAction = exactly<KioskAction>()(kioskAction);
export const isSidebarAction = exactly<SidebarAction>()(sidebarAction);

export const isKioskToHost = exactly<KioskToHost>()(tagged({
  ready: {},
  action: { seq, action: kioskAction },
  'open-link': { url: text(MAX_URL) },
  'open-source': { questionId: text(MAX_ID) },
  retake: { which: oneOf('incorrect', 'flagged') },
  'new-exam': {},
  'take-over': {},
}));

export const isSidebarToHost = exactly<SidebarToHost>()(tagged({
  ready: {},
  'choose-bank': { bankId: text(MAX_ID) },
  action: { seq, action: sidebarAction },
  next: {},
  'return-to-exam': { examId: text(MAX_ID) },
  'open-link': { url: text(MAX_URL) },
}));

export const isChartsToHost = exactly<ChartsToHost>()(tagged({
  ready: {},
  'choose-bank': { bankId: text(MAX_ID) },
  'open-exam': { examId: text(MAX_ID) },
  'open-link': { url: text(MAX_URL) },
}));

/**
 * What a page accepts from the host: the message types it knows. The host is trusted for the fields; the check
 * keeps a stray message (another extension's, a devtools experiment) from being drawn as a screen.
 */
function hostMessage<T extends { type: string }>(...types: readonly T['type'][]): Guard<T> {
  return (value): value is T => typeof value === 'object' && value !== null && types.includes((value as { type?: unknown }).type as T['type']);
}

export const isHostToKiosk = hostMessage<HostToKiosk>('snapshot', 'notice', 'empty', 'settings', 'show-report');
export const isHostToSidebar = hostMessage<HostToSidebar>('snapshot', 'notice');
export const isHostToCharts = hostMessage<HostToCharts>('snapshot');
