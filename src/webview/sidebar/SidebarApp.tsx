/**
 * The sidebar's Practice view: a certification picker, one question at a time (the kiosk's own question view,
 * sanitised the same way), "Check answer", the verdict and explanation, then "Next question". Choosing an
 * option never commits it; Space or Enter on it, or "Check answer", does. While a timed exam runs, practice
 * waits and offers the way back to the exam, so no question of the exam can show here.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RenderedOption } from '../../protocol/kiosk';
import type { HostToSidebar, SidebarAction, SidebarSnapshot, SidebarToHost } from '../../protocol/sidebar';
import { Announcer, announce } from '../shared/Announcer';
import { interceptLinks } from '../shared/externalLinks';
import type { PageChannel } from '../shared/pageChannel';
import { plural } from '../shared/text';
import { QuestionView } from '../question/QuestionView';
import { verdictText } from '../question/Feedback';
import { ExamRunning } from './ExamRunning';

export type SidebarChannel = PageChannel<HostToSidebar, SidebarToHost, object>;

export function SidebarApp({ channel }: { readonly channel: SidebarChannel }) {
  const [snapshot, setSnapshot] = useState<SidebarSnapshot | undefined>(undefined);
  const [notice, setNotice] = useState<{ level: string; message: string } | undefined>(undefined);
  const latest = useRef(snapshot);
  latest.current = snapshot;

  useEffect(() => {
    const stop = channel.onMessage((message) => {
      if (message.type === 'notice') {
        setNotice({ level: message.level, message: message.message });
        if (message.level !== 'info') announce(message.message, 'assertive');
        return;
      }
      document.body.dataset.ack = String(message.ack);
      setNotice(undefined);
      setSnapshot(message.snapshot);
    });
    channel.send({ type: 'ready' });
    const stopLinks = interceptLinks((url) => channel.send({ type: 'open-link', url }));
    return () => { stop(); stopLinks(); };
  }, [channel]);

  const act = useCallback((action: SidebarAction) => channel.send({ type: 'action', seq: channel.nextSeq(), action }), [channel]);
  const toggle = useCallback((o: RenderedOption) => {
    act({ type: o.selected ? 'deselect' : 'select', option: o.option });
    announce(`${o.letter} ${o.selected ? 'deselected' : 'selected'}`);
  }, [act]);
  const strike = useCallback((o: RenderedOption) => {
    act({ type: 'toggle-strike', option: o.option });
    announce(`${o.letter} ${o.struck ? 'restored' : 'struck out'}`);
  }, [act]);
  const reveal = useCallback(() => act({ type: 'reveal' }), [act]);
  const chooseAndReveal = useCallback((o: RenderedOption) => {
    if (!o.selected) act({ type: 'select', option: o.option });
    act({ type: 'reveal' });
  }, [act]);

  // A new question, or the verdict of this one: move focus and say it, but only while the learner is in this
  // view (a redraw must never pull focus out of the editor or a QuickPick, which would close it).
  const q = snapshot?.practice?.question;
  const questionKey = q ? `${q.examId}:${q.questionId}` : '';
  const revealed = q?.revealed ?? false;
  const seen = useRef({ key: '', revealed: false });
  useLayoutEffect(() => {
    if (!q) return;
    const was = seen.current;
    seen.current = { key: questionKey, revealed };
    if (was.key !== questionKey) {
      document.getElementById('main')?.scrollTo({ top: 0 });
      if (document.hasFocus() && was.key !== '') document.getElementById('question-heading')?.focus();
    } else if (revealed && !was.revealed) {
      announce(verdictText(q));
      document.getElementById('verdict')?.scrollIntoView({ block: 'nearest' });
      if (document.hasFocus()) document.getElementById('next-question')?.focus({ preventScroll: true });
    }
  });

  if (!snapshot) return <><p class="empty">Loading…</p><Announcer /></>;
  const s = snapshot;
  return (
    <>
      <header class="sidebar-header">
        <label for="bank" class="bank-label">Certification</label>
        <select id="bank" onChange={(event) => channel.send({ type: 'choose-bank', bankId: event.currentTarget.value })}>
          {s.banks.map((b) => (
            <option key={b.id} value={b.id} selected={b.id === s.bankId} title={b.title}>
              {b.exam}{b.due > 0 ? ` · ${plural(b.due, 'review')} due` : ''}
            </option>
          ))}
        </select>
        {s.session.answered > 0 && <span class="session" id="session">{s.session.right} of {s.session.answered} right</span>}
      </header>
      {notice && <div id="banner" role="status" class={`banner ${notice.level}`}>{notice.message}</div>}
      <main class="sidebar-main" id="main">
        {s.examRunning ? <ExamRunning running={s.examRunning} returnToExam={() => channel.send({ type: 'return-to-exam', examId: s.examRunning!.examId })} />
          : s.practice ? (
            <>
              <p class="why" id="why"><strong>{s.practice.reason}</strong> · {s.practice.topic}</p>
              <QuestionView key={questionKey} q={s.practice.question} heading="Practice question" singleKeyShortcuts={false}
                actions={{ toggle, strike, reveal, chooseAndReveal }} />
              {revealed && (
                <div class="next-row">
                  <button type="button" class="primary" id="next-question" onClick={() => channel.send({ type: 'next' })}>Next question</button>
                </div>
              )}
            </>
          ) : <p class="empty" id="empty">{s.message ?? 'Nothing to practise.'}</p>}
      </main>
      <Announcer />
    </>
  );
}
