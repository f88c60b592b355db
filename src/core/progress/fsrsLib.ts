/**
 * The parts of ts-fsrs Exam Kiosk uses, as one module the extension bundles as a chunk of its own
 * (dist/lazy/fsrs.js): reviews are first scheduled after activation, so activation doesn't load it.
 *
 * ts-fsrs ships CommonJS code but only ESM type declarations (no index.d.cts), so under `module: Node16` a
 * plain import from this CommonJS file fails type checking (TS1479). Requiring the CommonJS build with the
 * ESM declarations' types is equivalent at run time and in the bundle.
 */
const tsFsrs = require('ts-fsrs') as typeof import('ts-fsrs', { with: { 'resolution-mode': 'import' } });

export const { fsrs, default_w: defaultWeights, Rating, State } = tsFsrs;
