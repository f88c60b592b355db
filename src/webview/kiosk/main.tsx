import { render } from 'preact';
import { isHostToKiosk } from '../../protocol/messageChecks';
import { PageChannel } from '../shared/pageChannel';
import { KioskApp, type KioskPageState } from './KioskApp';
import type { HostToKiosk, KioskToHost } from '../../protocol/kiosk';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<KioskApp channel={new PageChannel<HostToKiosk, KioskToHost, KioskPageState>(isHostToKiosk)} />, root);
}
