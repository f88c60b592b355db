import { SidebarApp } from './sidebarApp';

const root = document.getElementById('app');
if (root) new SidebarApp(root);
