/**
 * The kiosk page: shows the host's latest snapshot, sends the candidate's actions, runs the clock and the
 * keyboard. It holds view state only (which screen, which filter, the comment being typed); the exam lives in
 * the host. Preact patches the DOM in place, so an update never replaces the element that has focus, a
 * selection or a caret.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TileFilter } from '../../core/exam/examViews';
import type { ResultFilter } from '../../core/exam/resultReview';
import type { HostToKiosk, KioskAction, KioskSettings, KioskSnapshot, KioskToHost, RenderedOption } from '../../protocol/kiosk';
import { Announcer, announce } from '../shared/Announcer';
import { focusFirst, focusLost, isTextField } from '../shared/focus';
import { interceptLinks } from '../shared/externalLinks';
import type { PageChannel } from '../shared/pageChannel';
import { plural } from '../shared/text';
import { anchorClock, type ClockAnchor } from './clockSync';
import type { CommentHandle } from './CommentBox';
import { commandForKey, isReservedChord, type KioskCommand } from './shortcuts';
import { ExamHeader } from './ExamHeader';
import { ExamScreen } from './ExamScreen';
import { ReviewScreen } from './ReviewScreen';
import { EndDialog } from './EndDialog';
import { ExamFooter } from './ExamFooter';
import { ScoreReport } from './ScoreReport';
import { AnswerReview } from './AnswerReview';
import { PreviewScreen } from './PreviewScreen';
import { verdictText } from '../question/Feedback';

export type Screen = 'question' | 'review' | 'report' | 'answers';

/** What the page remembers across reloads besides the exam itself, which the host keeps. */
export interface ViewState {
  readonly screen: Screen;
  readonly tileFilter: TileFilter;
  readonly resultFilter: ResultFilter;
}

export interface KioskPageState {
  view?: ViewState;
  /** Lets VS Code's panel serializer reopen the same exam after a reload. */
  examId?: string;
}

export type KioskChannel = PageChannel<HostToKiosk, KioskToHost, KioskPageState>;

const DEFAULT_VIEW: ViewState = { screen: 'question', tileFilter: 'all', resultFilter: 'all' };

/** Where focus goes when a screen opens. */
const SCREEN_FOCUS: Record<Screen, string> = {
  question: '#question-heading',
  review: '.tiles [tabindex="0"]',
  report: '#report-heading',
  answers: '#answers-heading',
};

interface Notice {
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
}

export function KioskApp({ channel }: { readonly channel: KioskChannel }) {
  const [snapshot, setSnapshot] = useState<KioskSnapshot | undefined>(undefined);
  const [empty, setEmpty] = useState<string | undefined>(undefined);
  const [ack, setAck] = useState(0);
  const [view, setViewState] = useState<ViewState>(() => ({ ...DEFAULT_VIEW, ...channel.state().view }));
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [settings, setSettings] = useState<KioskSettings>({ singleKeyShortcuts: true });
  const [anchor, setAnchor] = useState<ClockAnchor | undefined>(undefined);
  const [endDialog, setEndDialog] = useState(false);
  const [commentOpen, setCommentOpen] = useState(false);
  const comment = useRef<CommentHandle | undefined>(undefined);
  const pendingFocus = useRef<string[] | undefined>(undefined);
  const latest = useRef({ snapshot, view, settings, endDialog });
  latest.current = { snapshot, view, settings, endDialog };

  const setView = useCallback((next: ViewState, focus?: string[]) => {
    setViewState(next);
    channel.patchState({ view: next });
    if (focus) pendingFocus.current = focus;
  }, [channel]);

  const act = useCallback((action: KioskAction): number => {
    const seq = channel.nextSeq();
    channel.send({ type: 'action', seq, action });
    return seq;
  }, [channel]);

  // ---- messages from the host ----------------------------------------------------------------------------
  useEffect(() => {
    const stop = channel.onMessage((message) => {
      const { snapshot: previous, view: currentView } = latest.current;
      switch (message.type) {
        case 'notice':
          setNotice({ level: message.level, message: message.message });
          if (message.level !== 'info') announce(message.message, 'assertive');
          return;
        case 'settings':
          setSettings(message.settings);
          return;
        case 'empty':
          setSnapshot(undefined);
          setEmpty(message.message);
          return;
        case 'show-report':
          setView({ ...currentView, screen: 'report' }, [SCREEN_FOCUS.report]);
          return;
        case 'snapshot': {
          const next = message.snapshot;
          setEmpty(undefined);
          setSnapshot(next);
          setAck(message.ack);
          document.body.dataset.ack = String(message.ack);
          if (next.kind === 'exam') setAnchor(anchorClock(next.clock, performance.now()));
          if (next.kind === 'exam' || next.kind === 'result') {
            const examId = next.kind === 'exam' ? next.question.examId : next.examId;
            if (channel.state().examId !== examId) channel.patchState({ examId });
          }
          if (next.kind === 'result' && previous?.kind !== 'result') {
            setEndDialog(false);
            if (currentView.screen !== 'answers' || previous !== undefined) setView({ ...currentView, screen: 'report' }, [SCREEN_FOCUS.report]);
          } else if (next.kind !== 'result' && (currentView.screen === 'report' || currentView.screen === 'answers')) {
            setView({ ...currentView, screen: 'question' });
          }
          return;
        }
      }
    });
    channel.send({ type: 'ready' });
    const stopLinks = interceptLinks((url) => channel.send({ type: 'open-link', url }));
    return () => { stop(); stopLinks(); };
  }, [channel, setView]);

  // ---- what the candidate does ---------------------------------------------------------------------------
  const exam = snapshot?.kind === 'exam' ? snapshot : undefined;
  const question = snapshot && snapshot.kind !== 'result' ? snapshot.question : undefined;

  const navigate = useCallback((action: KioskAction) => {
    comment.current?.flush();
    act(action);
  }, [act]);

  const toggle = useCallback((option: RenderedOption) => {
    const q = latest.current.snapshot;
    if (!q || q.kind === 'result' || q.question.locked) return;
    act({ type: option.selected ? 'deselect' : 'select', option: option.option, index: q.question.index });
    announce(`${option.letter} ${option.selected ? 'deselected' : 'selected'}`);
  }, [act]);

  const strike = useCallback((option: RenderedOption) => {
    const q = latest.current.snapshot;
    if (!q || q.kind === 'result' || q.question.locked) return;
    act({ type: 'toggle-strike', option: option.option, index: q.question.index });
    announce(`${option.letter} ${option.struck ? 'restored' : 'struck out'}`);
  }, [act]);

  const reveal = useCallback(() => {
    const q = latest.current.snapshot;
    if (!q || q.kind === 'result') return;
    act({ type: 'reveal', index: q.question.index });
  }, [act]);

  const chooseAndReveal = useCallback((option: RenderedOption) => {
    const q = latest.current.snapshot;
    if (!q || q.kind === 'result' || q.question.locked) return;
    if (!option.selected) act({ type: 'select', option: option.option, index: q.question.index });
    act({ type: 'reveal', index: q.question.index });
  }, [act]);

  const flag = useCallback(() => {
    const s = latest.current.snapshot;
    if (s?.kind !== 'exam' || s.question.submitted) return;
    act({ type: 'toggle-flag', index: s.question.index });
    announce(s.question.flagged ? 'Flag removed' : 'Flagged for review');
  }, [act]);

  const openComment = useCallback(() => {
    if (latest.current.view.screen !== 'question') setView({ ...latest.current.view, screen: 'question' });
    setCommentOpen(true);
    pendingFocus.current = ['#comment'];
  }, [setView]);

  const toggleComment = useCallback(() => {
    if (commentOpenRef.current) {
      comment.current?.flush();
      setCommentOpen(false);
    } else openComment();
  }, [openComment]);
  const commentOpenRef = useRef(commentOpen);
  commentOpenRef.current = commentOpen;

  const requestEnd = useCallback(() => {
    if (latest.current.snapshot?.kind !== 'exam') return;
    comment.current?.flush();
    setEndDialog(true);
  }, []);

  const step = useCallback((direction: 'next' | 'previous') => {
    const s = latest.current.snapshot;
    if (s?.kind !== 'exam' && s?.kind !== 'preview') return;
    const q = s.question;
    if ((direction === 'next' && q.isLast) || (direction === 'previous' && q.isFirst)) {
      announce(direction === 'next' ? 'This is the last question.' : 'This is the first question.');
      return;
    }
    navigate({ type: direction });
  }, [navigate]);

  const showScreen = useCallback((screen: Screen) => {
    setView({ ...latest.current.view, screen }, [SCREEN_FOCUS[screen], SCREEN_FOCUS.question]);
  }, [setView]);

  const leaveText = useCallback(() => {
    comment.current?.flush();
    (document.activeElement as HTMLElement | null)?.blur();
    focusFirst('.option-set input:checked', '#question-heading');
  }, []);

  const run = useCallback((command: KioskCommand) => {
    const s = latest.current.snapshot;
    if (!s || s.kind === 'result') return;
    switch (command.kind) {
      case 'choose':
      case 'strike': {
        const option = s.question.options[command.position];
        if (!option || s.question.locked) return;
        if (command.kind === 'choose') toggle(option);
        else strike(option);
        return;
      }
      case 'next':
      case 'previous':
        if (latest.current.view.screen === 'question') step(command.kind);
        return;
      case 'flag': return flag();
      case 'review': return showScreen(latest.current.view.screen === 'review' ? 'question' : 'review');
      case 'comment': return openComment();
      case 'end': return requestEnd();
      case 'leave-text': return leaveText();
      case 'back': return showScreen('question');
    }
  }, [toggle, strike, step, flag, showScreen, openComment, requestEnd, leaveText]);

  // ---- the keyboard ----------------------------------------------------------------------------------------
  useEffect(() => {
    let swallowAltUp = false;
    const onKeyDown = (event: KeyboardEvent): void => {
      const { snapshot: s, view: v, settings: st, endDialog: dialogOpen } = latest.current;
      if (!s || s.kind === 'result' || dialogOpen || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const inText = isTextField(target);
      const context = { screen: v.screen, inTextField: inText, singleKeyShortcuts: st.singleKeyShortcuts, exam: s.kind === 'exam' };
      const found = commandForKey(event, context);
      const command = found?.kind === 'leave-text' && target?.id !== 'comment' ? undefined : found;
      if (!command) {
        if (isReservedChord(event, context)) {
          event.preventDefault();
          event.stopPropagation();
          swallowAltUp = true;
        }
        return;
      }
      event.preventDefault();
      // The page handled it: VS Code must not act on the same keys (Alt+F would open its File menu).
      event.stopPropagation();
      if (event.altKey) swallowAltUp = true;
      run(command);
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key === 'Alt' && swallowAltUp) {
        swallowAltUp = false;
        // An Alt released after our chord must not reach VS Code as a lone Alt, which focuses its menu bar.
        event.stopPropagation();
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [run]);

  // ---- focus and announcements -----------------------------------------------------------------------------
  const questionKey = question ? `${question.examId}:${question.index}` : '';
  const announcedQuestion = useRef('');
  useLayoutEffect(() => {
    if (!question || view.screen !== 'question' || !questionKey) return;
    if (announcedQuestion.current !== questionKey) {
      const first = announcedQuestion.current === '';
      announcedQuestion.current = questionKey;
      setCommentOpen(question.comment.trim() !== '');
      const chosen = question.options.filter((o) => o.selected).map((o) => o.letter);
      announce(`Question ${question.number} of ${question.total}. ${chosen.length ? `Answered: ${chosen.join(', ')}.` : 'Not answered.'}${question.flagged ? ' Flagged for review.' : ''}`);
      if (first || focusLost()) pendingFocus.current ??= [SCREEN_FOCUS.question];
    }
  });

  // A practice answer just committed: say the verdict and bring it into view.
  const revealedKey = question?.practice && question.revealed ? questionKey : '';
  const announcedVerdict = useRef('');
  useLayoutEffect(() => {
    if (!question || !revealedKey || announcedVerdict.current === revealedKey) return;
    const first = announcedVerdict.current === '' && announcedQuestion.current === questionKey && ack === 0;
    announcedVerdict.current = revealedKey;
    if (first) return;
    announce(verdictText(question));
    document.getElementById('verdict')?.scrollIntoView({ block: 'nearest' });
  }, [revealedKey]);

  useLayoutEffect(() => {
    // Focus moves only while the candidate is in this page: taking it back from VS Code (a QuickPick, the
    // editor) would close what they are using there.
    if (!document.hasFocus()) return;
    const wanted = pendingFocus.current;
    // The dialog keeps focus while it is open; a screen's focus asked for before it opened is no longer wanted.
    pendingFocus.current = undefined;
    if (endDialog) return;
    if (wanted && focusFirst(...wanted)) return;
    if (snapshot && focusLost()) {
      // Whatever had focus is gone (a filter removed it, a button became unavailable): focus the screen itself.
      focusFirst(SCREEN_FOCUS[view.screen], '#question-heading', '#report-heading');
    }
  });

  // Focus that waited for the page to be focused (VS Code gave the panel focus after it drew).
  useEffect(() => {
    const onFocus = (): void => {
      // An end dialog opened meanwhile holds focus, as in the layout effect; the waiting focus would take it from Cancel.
      if (latest.current.endDialog) {
        pendingFocus.current = undefined;
        return;
      }
      const wanted = pendingFocus.current;
      if (wanted && focusLost() && focusFirst(...wanted)) pendingFocus.current = undefined;
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const onWarning = useCallback((minutes: number) => {
    const message = `${plural(minutes, 'minute')} remaining.`;
    setNotice({ level: 'warning', message });
    announce(message, 'assertive');
  }, []);

  // ---- drawing ---------------------------------------------------------------------------------------------
  if (!snapshot) return <><p class="empty" id="empty">{empty ?? 'Loading…'}</p><Announcer /></>;

  const footerActions = {
    flag,
    comment: toggleComment,
    previous: () => step('previous'),
    next: () => step('next'),
    review: () => showScreen('review'),
    backToQuestion: () => showScreen('question'),
    end: requestEnd,
  };

  let main;
  if (snapshot.kind === 'result') {
    main = view.screen === 'answers'
      ? <AnswerReview snapshot={snapshot} filter={view.resultFilter} actions={{
        setFilter: (resultFilter) => setView({ ...view, resultFilter }),
        showReport: () => showScreen('report'),
        openSource: (questionId) => channel.send({ type: 'open-source', questionId }),
      }} />
      : <ScoreReport snapshot={snapshot} actions={{
        showAnswers: () => setView({ ...view, screen: 'answers', resultFilter: 'all' }, [SCREEN_FOCUS.answers]),
        retake: (which) => channel.send({ type: 'retake', which }),
        newExam: () => channel.send({ type: 'new-exam' }),
      }} />;
  } else if (snapshot.kind === 'preview') {
    main = <PreviewScreen snapshot={snapshot} settings={settings} actions={{ toggle, strike, reveal, chooseAndReveal }} reset={() => act({ type: 'clear' })} />;
  } else if (view.screen === 'review') {
    main = <ReviewScreen snapshot={snapshot} filter={view.tileFilter}
      setFilter={(tileFilter) => {
        setView({ ...view, tileFilter });
        const count = snapshot.tiles.filter((t) => tileFilter === 'all' || (tileFilter === 'flagged' ? t.flagged : !t.answered && !t.missing)).length;
        announce(`Showing ${plural(count, 'question')}.`);
      }}
      jump={(index) => { navigate({ type: 'go-to', index }); showScreen('question'); }} />;
  } else {
    main = <ExamScreen key={questionKey} snapshot={snapshot} ack={ack} settings={settings} commentOpen={commentOpen} commentHandle={comment}
      actions={{ toggle, strike, reveal, chooseAndReveal }}
      saveComment={(text, index) => act({ type: 'set-comment', text, index })} />;
  }

  return (
    <>
      <ExamHeader snapshot={snapshot} anchor={anchor} onWarning={onWarning} />
      <div id="banner" role="status" class={notice ? `banner ${notice.level}` : 'banner-empty'}>{notice?.message ?? ''}</div>
      {exam?.ownership === 'elsewhere' && (
        <div class="banner warning ownership" id="ownership" role="region" aria-label="Exam open in another window">
          <span>This exam is open in another VS Code window, which saves its answers; this window only shows them.</span>
          <button type="button" id="take-over" onClick={() => channel.send({ type: 'take-over' })}>Take it over here</button>
        </div>
      )}
      <main class="kiosk-main" id="main">{main}</main>
      {exam && <ExamFooter snapshot={exam} onReview={view.screen === 'review'} commentOpen={commentOpen} actions={footerActions} />}
      {exam && endDialog && <EndDialog summary={exam.summary} onEnd={() => { setEndDialog(false); act({ type: 'submit' }); }} onCancel={() => setEndDialog(false)} />}
      <Announcer />
    </>
  );
}
