/**
 * Bank markdown rendered by the host, sanitised here before it reaches the DOM. Preact sets the HTML only when
 * it changes, so a redraw never re-creates the content (or a selection in it).
 */
import { useMemo } from 'preact/hooks';
import { sanitizedHtml } from './sanitize';

interface Props {
  readonly html: string;
  readonly class?: string;
  readonly id?: string;
  /** `span` for inline content such as an option's text. */
  readonly inline?: boolean;
}

export function SanitizedHtml({ html, class: className, id, inline }: Props) {
  const clean = useMemo(() => ({ __html: sanitizedHtml(html) }), [html]);
  return inline
    ? <span class={className} id={id} dangerouslySetInnerHTML={clean} />
    : <div class={className} id={id} dangerouslySetInnerHTML={clean} />;
}
