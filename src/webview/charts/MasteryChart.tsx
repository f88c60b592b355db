/** Each domain's estimated chance of a right answer over time, against the "meets competencies" line. */
import { masteryChartLayout } from '../../core/charts/chartGeometry';
import type { ChartsSnapshot } from '../../protocol/charts';
import { date, HEIGHT, pct, Plot, shortDate, Swatch, WIDTH } from './Plot';

/** Theme chart colours for the domain lines, in order. */
const SERIES = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'];

export function MasteryChart({ snapshot }: { readonly snapshot: ChartsSnapshot }) {
  const { periods, domains } = snapshot;
  const heading = <h2 id="mastery-title">Mastery by domain, per {snapshot.period}</h2>;
  if (periods.length === 0) {
    return (
      <section class="chart" aria-labelledby="mastery-title">
        {heading}
        <p class="empty">No answers yet. Practise, take a quick quiz or an exam, and each domain's mastery shows here over time.</p>
      </section>
    );
  }
  const layout = masteryChartLayout(periods, domains.length, snapshot.cut, WIDTH, HEIGHT);
  const f = layout.frame;
  const last = periods[periods.length - 1];
  const mean = (p: (typeof periods)[number], i: number): string => ((p.evidence[i] ?? 0) > 0 ? pct(p.means[i]) : 'no answers');
  const summary = `${periods.length} ${snapshot.period}s. Latest: ${domains.map((d, i) => `domain ${d.id} ${mean(last, i)}`).join(', ')}. ${pct(snapshot.cut)} meets competencies.`;
  return (
    <section class="chart" aria-labelledby="mastery-title">
      {heading}
      <div class="legend">
        {domains.map((d, i) => <Swatch key={d.id} kind={`series ${SERIES[i % SERIES.length]}`} label={`${d.id}. ${d.title}`} />)}
        <Swatch kind="threshold" label="Meets competencies" />
      </div>
      <Plot id="mastery-svg" title="Estimated chance of a right answer in each domain over time" summary={summary} frame={f}
        grid={layout.yTicks.map((t) => ({ at: t.at, text: pct(t.value) }))} threshold={{ y: layout.cutY, text: `meets ${pct(snapshot.cut)}` }}>
        {layout.lines.map((line, i) => (
          <g key={domains[i].id} class={`series ${SERIES[i % SERIES.length]}`}>
            <path d={line.path} class="line" />
            {line.end && <circle cx={line.end.x} cy={line.end.y} r={3.5} class="point"><title>{`${domains[i].id}. ${domains[i].title}: ${mean(last, i)}`}</title></circle>}
          </g>
        ))}
        {layout.xLabels.map((i) => <text key={i} x={layout.xs[i]} y={f.y1 + 18} text-anchor="middle">{shortDate(periods[i].start)}</text>)}
      </Plot>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{snapshot.period === 'week' ? 'Week of' : 'Day'}</th><th scope="col">Answers</th>
              {domains.map((d) => <th scope="col" key={d.id}>{d.id}. {d.title}</th>)}
              <th scope="col">Predicted score</th>
            </tr>
          </thead>
          <tbody>
            {[...periods].reverse().map((p) => (
              <tr key={p.start}>
                <td>{date(p.start, false)}</td><td class="num">{p.answers}</td>
                {p.means.map((_, i) => <td class="num" key={i}>{(p.evidence[i] ?? 0) > 0 ? pct(p.means[i]) : '–'}</td>)}
                <td class="num">{p.predictedScaled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
