/**
 * The one message protocol between the extension host and its webviews, shared by both bundles. Messages from
 * a page are checked at run time against `messageChecks.ts` before the host acts on them.
 */
export * from './kiosk';
export * from './sidebar';
export * from './charts';
