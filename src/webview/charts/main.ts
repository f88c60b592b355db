import { ChartsApp } from './chartsApp';

const root = document.getElementById('app');
if (root) new ChartsApp(root);
