/** Links in bank content open in the user's browser through the host, never inside the webview. */

/** Only web links leave the page; anything else (a `file:` or `command:` link in a bank) does nothing. */
export function isWebLink(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** Routes clicks on links anywhere in the page to `open`; returns the function that stops it. */
export function interceptLinks(open: (url: string) => void): () => void {
  const onClick = (event: MouseEvent): void => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (isWebLink(href)) open(href);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
