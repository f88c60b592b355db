/**
 * Live regions that tell screen-reader users what changed ("B selected", "Flagged for review", "Question 12 of
 * 65, not answered"). One polite and one assertive region live for the whole page; a message is cleared first
 * so that the same words said twice are announced twice.
 */
import { useEffect, useState } from 'preact/hooks';

type Politeness = 'polite' | 'assertive';
type Listener = (politeness: Politeness, message: string) => void;

const listeners = new Set<Listener>();

/** Says `message` through the page's live region. */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  for (const listener of listeners) listener(politeness, message);
}

/** How long a message stays in the region before the next identical one can be told apart. */
const CLEAR_DELAY_MS = 50;

export function Announcer() {
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  useEffect(() => {
    const timers: number[] = [];
    const listener: Listener = (politeness, message) => {
      const set = politeness === 'polite' ? setPolite : setAssertive;
      set('');
      timers.push(window.setTimeout(() => set(message), CLEAR_DELAY_MS));
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      timers.forEach((t) => window.clearTimeout(t));
    };
  }, []);
  return (
    <>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="announcer-polite">{polite}</div>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true" id="announcer">{assertive}</div>
    </>
  );
}
