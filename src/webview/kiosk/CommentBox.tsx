/**
 * The comment box under every question, like the real kiosk's: what the candidate types is saved as they type
 * (after a pause) and kept with the exam for the bank's authors. The draft is the page's own state for as long
 * as the candidate is writing; a snapshot from the host never replaces the textarea or its text while they
 * are, whatever arrives in between.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Pause in typing after which the draft is saved. */
export const COMMENT_SAVE_DELAY_MS = 400;

/** What the kiosk can ask of the comment box it shows. */
export interface CommentHandle {
  /** Saves what is typed now (before moving to another question or ending). */
  flush(): void;
  focus(): void;
}

interface Props {
  /** The comment as the host last saved it. */
  readonly saved: string;
  /** The last action the host has saved. */
  readonly ack: number;
  readonly readOnly: boolean;
  readonly open: boolean;
  /** Sends the text; returns the action's sequence number. */
  readonly save: (text: string) => number;
  /** Filled with this box's handle while it is on screen. */
  readonly handle: { current: CommentHandle | undefined };
}

export function CommentBox({ saved, ack, readOnly, open, save, handle }: Props) {
  const [draft, setDraft] = useState(saved);
  const [sentSeq, setSentSeq] = useState(0);
  const [typing, setTyping] = useState(false);
  const pending = useRef<number | undefined>(undefined);
  const draftRef = useRef(saved);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const flush = (): void => {
    if (pending.current === undefined) return;
    window.clearTimeout(pending.current);
    pending.current = undefined;
    setTyping(false);
    setSentSeq(save(draftRef.current));
  };
  handle.current = { flush, focus: () => textarea.current?.focus() };
  useEffect(() => () => {
    // Leaving the question (or the page) with unsaved text: send it.
    if (pending.current !== undefined) {
      window.clearTimeout(pending.current);
      save(draftRef.current);
    }
    handle.current = undefined;
  }, []);

  // The host's copy changed (another window, a restore) while nobody is writing here: show it.
  useEffect(() => {
    if (pending.current === undefined && document.activeElement !== textarea.current && saved !== draftRef.current) {
      draftRef.current = saved;
      setDraft(saved);
    }
  }, [saved]);

  const onInput = (value: string): void => {
    draftRef.current = value;
    setDraft(value);
    setTyping(true);
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(flush, COMMENT_SAVE_DELAY_MS);
  };

  const status = typing || (sentSeq > 0 && ack < sentSeq) ? 'Saving…' : sentSeq > 0 || (saved !== '' && draft === saved) ? 'Saved' : '';
  return (
    <div class="comment-panel" id="comment-panel" hidden={!open}>
      <label for="comment" class="comment-label">Comment for the question's authors</label>
      <textarea id="comment" ref={textarea} maxLength={4000} readOnly={readOnly} value={draft}
        placeholder="Is something wrong or unclear in this question? Tell the authors."
        aria-describedby="comment-status comment-hint"
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={flush} />
      <p class="comment-footer">
        <span id="comment-hint" class="note">Saved as you type. Escape returns to the question.</span>
        <span class="saved" id="comment-status" aria-live="polite">{status}</span>
      </p>
    </div>
  );
}
