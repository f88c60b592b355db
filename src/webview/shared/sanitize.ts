/**
 * Question banks are untrusted: every piece of HTML rendered from their markdown passes through DOMPurify
 * before it reaches the DOM. The policy is narrower than DOMPurify's default: no styles (a bank must not be
 * able to hide or fake the kiosk's controls), no forms, no frames or media, and links and images only over
 * http(s). The webview's CSP is the second wall: even markup that got through could not run a script.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'kbd', 'li', 'ol', 'p', 'pre', 's', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'input',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'align', 'colspan', 'rowspan', 'type', 'checked', 'disabled', 'start'];
const SAFE_URL = /^(?:https?:|#)/i;

let hooked = false;

function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_URL.test(href)) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement && !/^https:/i.test(node.getAttribute('src') ?? '')) {
      node.removeAttribute('src');
    }
    // marked renders task lists with checkboxes; in question text they are decoration only.
    if (node instanceof HTMLInputElement) {
      if (node.type !== 'checkbox') node.remove();
      else node.setAttribute('disabled', '');
    }
  });
}

/** `html` with everything outside the policy removed, ready for the DOM. */
export function sanitizedHtml(html: string): string {
  installHooks();
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
    ALLOW_DATA_ATTR: false,
  });
}
