/**
 * The progress charts page: the score trend of full mock exams and each domain's mastery over time for one
 * certification, as SVG coloured by the theme's chart colours. Each chart has a text summary for screen readers
 * (`role="img"` with a title and description) and its numbers as a table under it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ChartsSnapshot, ChartsToHost, HostToCharts } from '../../protocol/charts';
import type { PageChannel } from '../shared/pageChannel';
import { MasteryChart } from './MasteryChart';
import { ScoreChart } from './ScoreChart';

export type ChartsChannel = PageChannel<HostToCharts, ChartsToHost, { bankId?: string }>;

export function ChartsApp({ channel }: { readonly channel: ChartsChannel }) {
  const [snapshot, setSnapshot] = useState<ChartsSnapshot | undefined>(undefined);
  useEffect(() => {
    const stop = channel.onMessage((message) => {
      if (message.snapshot.bankId) channel.patchState({ bankId: message.snapshot.bankId });
      setSnapshot(message.snapshot);
    });
    const saved = channel.state().bankId;
    channel.send(saved ? { type: 'choose-bank', bankId: saved } : { type: 'ready' });
    return stop;
  }, [channel]);

  if (!snapshot) return <p class="loading">Loading…</p>;
  return (
    <>
      <header class="charts-header">
        <h1>Progress</h1>
        <label for="bank" class="visually-hidden">Certification</label>
        <select id="bank" onChange={(event) => channel.send({ type: 'choose-bank', bankId: event.currentTarget.value })}>
          {snapshot.banks.map((b) => <option key={b.id} value={b.id} selected={b.id === snapshot.bankId}>{b.exam}: {b.title}</option>)}
        </select>
      </header>
      <main>
        <p class="readiness" id="readiness">{snapshot.readiness}</p>
        <ScoreChart snapshot={snapshot} openExam={(examId) => channel.send({ type: 'open-exam', examId })} />
        <MasteryChart snapshot={snapshot} />
      </main>
    </>
  );
}
