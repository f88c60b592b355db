/** The scaled score of each full mock exam against the passing score, with the average of the last three. */
import { scoreChartLayout } from '../../core/charts/chartGeometry';
import type { ChartsSnapshot } from '../../protocol/charts';
import { date, HEIGHT, Plot, shortDate, Swatch, WIDTH } from './Plot';

export function ScoreChart({ snapshot, openExam }: { readonly snapshot: ChartsSnapshot; readonly openExam: (examId: string) => void }) {
  const exams = snapshot.exams;
  if (exams.length === 0) {
    return (
      <section class="chart" aria-labelledby="score-title">
        <h2 id="score-title">Score trend of full mock exams</h2>
        <p class="empty">No full mock exam finished yet. Each one you finish adds a point here.</p>
      </section>
    );
  }
  const layout = scoreChartLayout(exams, snapshot.passingScore, WIDTH, HEIGHT);
  const f = layout.frame;
  const latest = exams[exams.length - 1];
  const best = Math.max(...exams.map((e) => e.scaled));
  const summary = `${exams.length} mock exam${exams.length === 1 ? '' : 's'}; latest ${latest.scaled} (${latest.passed ? 'pass' : 'fail'}), best ${best}, passing score ${snapshot.passingScore}.`;
  return (
    <section class="chart" aria-labelledby="score-title">
      <h2 id="score-title">Score trend of full mock exams</h2>
      <div class="legend"><Swatch kind="score" label="Scaled score" /><Swatch kind="average" label="Average of the last three" /><Swatch kind="threshold" label="Passing score" /></div>
      <Plot id="score-svg" title="Scaled score of each full mock exam" summary={summary} frame={f}
        grid={layout.yTicks.map((t) => ({ at: t.at, text: String(t.value) }))} threshold={{ y: layout.passY, text: `pass ${snapshot.passingScore}` }}>
        <path d={layout.averagePath} class="line average" />
        <path d={layout.scorePath} class="line score" />
        {layout.points.map((p, i) => (
          <circle key={exams[i].examId} cx={p.x} cy={p.y} r={4} class={exams[i].passed ? 'point pass' : 'point fail'}>
            <title>{`${date(exams[i].finishedAt)}: ${exams[i].scaled} (${exams[i].passed ? 'pass' : 'fail'})`}</title>
          </circle>
        ))}
        {layout.xLabels.map((i) => <text key={i} x={layout.points[i].x} y={f.y1 + 18} text-anchor="middle">{shortDate(exams[i].finishedAt)}</text>)}
      </Plot>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead><tr>{['Finished', 'Scaled score', 'Result', 'Right', 'Average of 3', 'Report'].map((t) => <th scope="col" key={t}>{t}</th>)}</tr></thead>
          <tbody>
            {exams.map((e) => (
              <tr key={e.examId}>
                <td>{date(e.finishedAt)}</td><td class="num">{e.scaled}</td><td>{e.passed ? 'Pass' : 'Fail'}</td>
                <td class="num">{e.percent}%</td><td class="num">{e.average}</td>
                <td><button type="button" class="link" onClick={() => openExam(e.examId)} aria-label={`Score report of ${date(e.finishedAt)}`}>Score report</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
