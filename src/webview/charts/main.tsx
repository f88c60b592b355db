import { render } from 'preact';
import { isHostToCharts } from '../../protocol/messageChecks';
import type { ChartsToHost, HostToCharts } from '../../protocol/charts';
import { PageChannel } from '../shared/pageChannel';
import { ChartsApp } from './ChartsApp';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<ChartsApp channel={new PageChannel<HostToCharts, ChartsToHost, { bankId?: string }>(isHostToCharts)} />, root);
}
