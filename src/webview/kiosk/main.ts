import { Channel } from './channel';
import { KioskApp } from './kioskApp';

const root = document.getElementById('app');
if (root) new KioskApp(root, new Channel());
