/**
 * marked, loaded the first time it is needed. Bank files are read by a line scanner; marked is only the fallback
 * for unusual markdown and the renderer of questions on screen, so activation doesn't load it.
 */
import type * as MarkedLib from './markedLib';

let lib: typeof MarkedLib | undefined;

export function loadMarked(): typeof MarkedLib {
  lib ??= require('./markedLib') as typeof MarkedLib;
  return lib;
}
