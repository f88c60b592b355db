// Renders an SVG to a PNG with the Chromium the e2e tests use: the Marketplace and the Extensions view need a
// PNG icon, and vsce refuses SVG images in the README. The SVGs stay the sources to edit (or to regenerate:
// `npm run bench -- calibration` writes the reliability diagram).
//
//   node scripts/renderSvg.mjs                         both: media/icon.svg and docs/calibration-reliability.svg
//   node scripts/renderSvg.mjs <in.svg> <out.png>      one file, at the SVG's own size
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const jobs = process.argv.length >= 4
  ? [[process.argv[2], process.argv[3]]]
  : [['media/icon.svg', 'media/icon.png'], ['docs/calibration-reliability.svg', 'docs/calibration-reliability.png']];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  for (const [input, output] of jobs) {
    const svg = readFileSync(input, 'utf8');
    const icon = input.includes('icon');
    const size = (name) => Number(new RegExp(`<svg[^>]*\\s${name}="(\\d+)`).exec(svg)?.[1] ?? 256);
    const page = await browser.newPage({ viewport: { width: size('width'), height: size('height') }, deviceScaleFactor: icon ? 1 : 2 });
    // A diagram gets a white page behind it (the README may be shown dark); the icon keeps its transparent corners.
    await page.setContent(`<html><body style="margin:0;background:${icon ? 'transparent' : '#fff'}">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: output, omitBackground: icon });
    await page.close();
    console.log(`${output} written`);
  }
} finally {
  await browser.close();
}
