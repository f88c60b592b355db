/**
 * The score report: scaled score, pass or fail, time used, and a table of domains with "Meets competencies" /
 * "Needs improvement", like AWS's. The percentages are this exam's; the sidebar's mastery is estimated from all
 * of the candidate's answers, and the report says so.
 */
import type { ResultSnapshot } from '../../protocol/kiosk';
import { clock } from '../shared/text';

export interface ReportActions {
  showAnswers(): void;
  retake(which: 'incorrect' | 'flagged'): void;
  newExam(): void;
}

export function ScoreReport({ snapshot: s, actions }: { readonly snapshot: ResultSnapshot; readonly actions: ReportActions }) {
  const r = s.report;
  const limit = r.timeLimitMs === null ? 'untimed' : `of ${clock(r.timeLimitMs)}`;
  return (
    <section class="report" aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>Score report</h2>
      {s.endedMessage && <p class="banner warning" role="status">{s.endedMessage}</p>}
      <dl class="headline">
        <div><dt class="note">Scaled score</dt><dd class="score" id="scaled-score">{r.scaledScore}</dd></div>
        <div><dt class="note">Result</dt><dd class={r.passed ? 'pass' : 'fail'} id="pass-fail">{r.passed ? 'PASS' : 'FAIL'}</dd></div>
        <div><dt class="note">Passing score</dt><dd>{r.passingScore}</dd></div>
        <div><dt class="note">Correct in this exam</dt><dd id="raw-score">{r.correct} / {r.total} ({r.percent}%)</dd></div>
        <div><dt class="note">Time used</dt><dd>{clock(r.timeUsedMs)} {limit}</dd></div>
      </dl>
      <table aria-label="Results by domain" class="domains">
        <caption class="visually-hidden">Results by domain in this exam</caption>
        <thead><tr><th scope="col">Domain</th><th scope="col">Correct</th><th scope="col">This exam</th><th scope="col"><span class="visually-hidden">Bar</span></th><th scope="col">Performance</th></tr></thead>
        <tbody>
          {r.domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.id}. {d.title}</th>
              <td class="num">{d.correct} / {d.total}</td>
              <td class="num">{d.percent}%</td>
              <td><ScoreBar percent={d.percent} /></td>
              <td class={d.verdict === 'Meets competencies' ? 'meets' : 'needs'}>{d.verdict}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note" id="report-note">
        Percentages here are this exam's answers only; the sidebar's mastery is estimated from all your answers over time,
        so the two can differ. The scaled score is an estimate: AWS does not publish its mapping. Here {Math.round(r.cut * 100)}%
        correct maps to the passing score, 0% to 100 and 100% to 1000. As on the real report, results by domain are a rough
        guide: the exam is passed or failed as a whole.
      </p>
      <div class="actions-row">
        <button type="button" class="primary" id="review-answers" onClick={actions.showAnswers}>Review answers</button>
        <button type="button" id="retake-incorrect" aria-disabled={s.counts.incorrect === 0 ? 'true' : undefined}
          onClick={() => s.counts.incorrect > 0 && actions.retake('incorrect')}>Retake incorrect ({s.counts.incorrect})</button>
        <button type="button" id="retake-flagged" aria-disabled={s.counts.flagged === 0 ? 'true' : undefined}
          onClick={() => s.counts.flagged > 0 && actions.retake('flagged')}>Retake flagged ({s.counts.flagged})</button>
        <button type="button" id="new-exam" onClick={actions.newExam}>New exam…</button>
      </div>
    </section>
  );
}

/** A bar whose filled part and track differ in more than colour, so it reads in High Contrast themes too. */
function ScoreBar({ percent }: { readonly percent: number }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <div class="bar-track" aria-hidden="true">
      <div class="bar" style={{ width: `${width}%` }} />
    </div>
  );
}
