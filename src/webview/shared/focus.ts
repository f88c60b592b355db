/** Moving focus on purpose, after Preact has drawn the screen it belongs to. */

/** Whether `element` takes typed text (a shortcut must never fire there). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(element.type);
  if (element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** Focuses the first element matching `selector` (without scrolling the page under the reader). */
export function focusFirst(...selectors: string[]): boolean {
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && element.isConnected) {
      element.focus({ preventScroll: selector.includes('heading') });
      if (document.activeElement === element) return true;
    }
  }
  return false;
}

/** Whether focus has been lost to the page body (its element was removed or became unusable). */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled === true;
}
