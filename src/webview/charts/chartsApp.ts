/**
 * The progress charts page: the score trend of full mock exams and each domain's mastery over time for one
 * certification, as SVG coloured by the theme's chart colours. Each chart has a text summary for screen
 * readers (`role="img"` with a title and description) and its numbers as a table under it.
 */
import { masteryChartLayout, scoreChartLayout, type Frame } from '../../core/charts/chartGeometry';
import type { ChartsSnapshot, ChartsToHost, HostToCharts } from '../../protocol';
import { h } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';
import { s } from './svg';

const WIDTH = 640;
const HEIGHT = 240;
/** Theme chart colours for the domain lines, in order. */
const SERIES = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'];

export class ChartsApp {
  private readonly api = vscodeApi<{ bankId?: string }>();

  constructor(private readonly root: HTMLElement) {
    window.addEventListener('message', (event: MessageEvent<HostToCharts>) => {
      if (event.data?.type === 'snapshot') this.render(event.data.snapshot);
    });
    const saved = this.api.getState()?.bankId;
    if (saved) this.send({ type: 'choose-bank', bankId: saved });
    else this.send({ type: 'ready' });
  }

  private send(message: ChartsToHost): void {
    this.api.postMessage(message);
  }

  private render(snapshot: ChartsSnapshot): void {
    if (snapshot.bankId) this.api.setState({ bankId: snapshot.bankId });
    const picker = h('select', {
      id: 'bank',
      'aria-label': 'Certification',
      onchange: (event) => this.send({ type: 'choose-bank', bankId: (event.target as HTMLSelectElement).value }),
    }, ...snapshot.banks.map((b) => {
      const option = h('option', { value: b.id }, `${b.exam}: ${b.title}`);
      option.selected = b.id === snapshot.bankId;
      return option;
    }));
    this.root.replaceChildren(
      h('header', { class: 'charts-header' }, h('h1', {}, 'Progress'), picker),
      h('p', { class: 'readiness', id: 'readiness' }, snapshot.readiness),
      this.scoreSection(snapshot),
      this.masterySection(snapshot),
    );
  }

  private scoreSection(snapshot: ChartsSnapshot): HTMLElement {
    const exams = snapshot.exams;
    const section = h('section', { class: 'chart', 'aria-labelledby': 'score-title' }, h('h2', { id: 'score-title' }, 'Score trend of full mock exams'));
    if (exams.length === 0) {
      section.append(h('p', { class: 'empty' }, 'No full mock exam finished yet. Each one you finish adds a point here.'));
      return section;
    }
    const layout = scoreChartLayout(exams, snapshot.passingScore, WIDTH, HEIGHT);
    const f = layout.frame;
    const latest = exams[exams.length - 1];
    const best = Math.max(...exams.map((e) => e.scaled));
    const summary = `${exams.length} mock exam${exams.length === 1 ? '' : 's'}; latest ${latest.scaled} (${latest.passed ? 'pass' : 'fail'}), best ${best}, passing score ${snapshot.passingScore}.`;
    const svg = plot('score-svg', 'Scaled score of each full mock exam', summary, f, layout.yTicks.map((t) => ({ at: t.at, text: String(t.value) })),
      { y: layout.passY, text: `pass ${snapshot.passingScore}` },
      s('path', { d: layout.averagePath, class: 'line average' }),
      s('path', { d: layout.scorePath, class: 'line score' }),
      ...layout.points.map((p, i) => s('circle', { cx: p.x, cy: p.y, r: 4, class: exams[i].passed ? 'point pass' : 'point fail' },
        s('title', {}, `${date(exams[i].finishedAt)}: ${exams[i].scaled} (${exams[i].passed ? 'pass' : 'fail'})`))),
      ...layout.xLabels.map((i) => s('text', { x: layout.points[i].x, y: f.y1 + 18, 'text-anchor': 'middle' }, shortDate(exams[i].finishedAt))),
    );
    const rows = exams.map((e) => h('tr', {},
      h('td', {}, date(e.finishedAt)), h('td', { class: 'num' }, String(e.scaled)), h('td', {}, e.passed ? 'Pass' : 'Fail'),
      h('td', { class: 'num' }, `${e.percent}%`), h('td', { class: 'num' }, String(e.average)),
      h('td', {}, h('button', { class: 'link', onclick: () => this.send({ type: 'open-exam', examId: e.examId }) }, 'Score report'))));
    section.append(
      h('div', { class: 'legend' }, swatch('score', 'Scaled score'), swatch('average', 'Average of the last three'), swatch('threshold', 'Passing score')),
      svg,
      h('details', {}, h('summary', {}, 'Show as a table'),
        h('table', {}, h('thead', {}, h('tr', {}, ...['Finished', 'Scaled score', 'Result', 'Right', 'Average of 3', ''].map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, ...rows))),
    );
    return section;
  }

  private masterySection(snapshot: ChartsSnapshot): HTMLElement {
    const { periods, domains } = snapshot;
    const section = h('section', { class: 'chart', 'aria-labelledby': 'mastery-title' }, h('h2', { id: 'mastery-title' }, `Mastery by domain, per ${snapshot.period}`));
    if (periods.length === 0) {
      section.append(h('p', { class: 'empty' }, 'No answers yet. Practise, take a quick quiz or an exam, and each domain\'s mastery shows here over time.'));
      return section;
    }
    const layout = masteryChartLayout(periods, domains.length, snapshot.cut, WIDTH, HEIGHT);
    const f = layout.frame;
    const last = periods[periods.length - 1];
    const mean = (p: (typeof periods)[number], i: number): string => ((p.evidence[i] ?? 0) > 0 ? pct(p.means[i]) : 'no answers');
    const summary = `${periods.length} ${snapshot.period}s. Latest: ` + domains.map((d, i) => `domain ${d.id} ${mean(last, i)}`).join(', ')
      + `. ${pct(snapshot.cut)} meets competencies.`;
    const svg = plot('mastery-svg', 'Estimated chance of a right answer in each domain over time', summary, f,
      layout.yTicks.map((t) => ({ at: t.at, text: pct(t.value) })), { y: layout.cutY, text: `meets ${pct(snapshot.cut)}` },
      ...layout.lines.map((line, i) => s('g', { class: `series ${SERIES[i % SERIES.length]}` },
        s('path', { d: line.path, class: 'line' }),
        line.end ? s('circle', { cx: line.end.x, cy: line.end.y, r: 3.5, class: 'point' }, s('title', {}, `${domains[i].id}. ${domains[i].title}: ${mean(last, i)}`)) : null)),
      ...layout.xLabels.map((i) => s('text', { x: layout.xs[i], y: f.y1 + 18, 'text-anchor': 'middle' }, shortDate(periods[i].start))),
    );
    const head = h('tr', {}, h('th', { scope: 'col' }, snapshot.period === 'week' ? 'Week of' : 'Day'), h('th', { scope: 'col' }, 'Answers'),
      ...domains.map((d) => h('th', { scope: 'col' }, `${d.id}. ${d.title}`)), h('th', { scope: 'col' }, 'Predicted score'));
    const rows = [...periods].reverse().map((p) => h('tr', {}, h('td', {}, date(p.start, false)), h('td', { class: 'num' }, String(p.answers)),
      ...p.means.map((_, i) => h('td', { class: 'num' }, (p.evidence[i] ?? 0) > 0 ? pct(p.means[i]) : '–')), h('td', { class: 'num' }, String(p.predictedScaled))));
    section.append(
      h('div', { class: 'legend' }, ...domains.map((d, i) => swatch(`series ${SERIES[i % SERIES.length]}`, `${d.id}. ${d.title}`)), swatch('threshold', 'Meets competencies')),
      svg,
      h('details', {}, h('summary', {}, 'Show as a table'), h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows))),
    );
    return section;
  }
}

/**
 * An SVG chart read out as one image (its title, then `summary`): labelled horizontal grid lines, a dashed
 * threshold, then the chart's own `marks`.
 */
function plot(
  id: string,
  title: string,
  summary: string,
  f: Frame,
  grid: readonly { readonly at: number; readonly text: string }[],
  threshold: { readonly y: number; readonly text: string },
  ...marks: SVGElement[]
): SVGSVGElement {
  return s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'plot' },
    s('title', { id: `${id}-title` }, title),
    s('desc', { id: `${id}-desc` }, summary),
    ...grid.map((t) => s('g', { class: 'tick' },
      s('line', { x1: f.x0, x2: f.x1, y1: t.at, y2: t.at, class: 'grid' }),
      s('text', { x: f.x0 - 6, y: t.at + 4, 'text-anchor': 'end' }, t.text))),
    s('line', { x1: f.x0, x2: f.x1, y1: threshold.y, y2: threshold.y, class: 'threshold' }),
    s('text', { x: f.x1, y: threshold.y - 4, 'text-anchor': 'end', class: 'threshold-label' }, threshold.text),
    ...marks,
  );
}

function swatch(kind: string, label: string): HTMLElement {
  return h('span', { class: 'key' }, h('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), label);
}

function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function date(at: number, withTime = true): string {
  return new Date(at).toLocaleString(undefined, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' });
}

function shortDate(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
