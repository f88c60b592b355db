import { render } from 'preact';
import { isHostToSidebar } from '../../protocol/messageChecks';
import type { HostToSidebar, SidebarToHost } from '../../protocol/sidebar';
import { PageChannel } from '../shared/pageChannel';
import { SidebarApp } from './SidebarApp';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<SidebarApp channel={new PageChannel<HostToSidebar, SidebarToHost, object>(isHostToSidebar)} />, root);
}
