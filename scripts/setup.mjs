#!/usr/bin/env node
// One-step set-up for a fresh clone, run before `npm start` and `npm test`.
// `deps`: install node_modules (npm ci) when they are missing.
// `browser`: make sure a Chrome or Chromium exists; as root on Debian/Ubuntu, install the
// distribution's chromium; otherwise stop with one line saying what to install. Also a Chinese font
// (fonts-wqy-microhei) for the PDFs the tests print, when there is none.
// Uses only Node built-ins, because it runs before any dependency exists.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const steps = process.argv.slice(2);
const wanted = steps.length ? steps : ['deps', 'browser'];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

if (wanted.includes('deps')) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) {
    console.log('setup: installing dependencies (npm ci)…');
    if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
      console.error('setup: npm ci failed; see the output above.');
      process.exit(1);
    }
  }
}

if (wanted.includes('browser')) {
  if (!findBrowser()) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = existsSync('/usr/bin/apt-get');
    if (isRoot && hasApt) {
      console.log("setup: no Chrome/Chromium found; installing Debian's chromium with apt-get…");
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
      if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', 'chromium'])) {
        console.error('setup: apt-get could not install chromium.');
        process.exit(1);
      }
    }
    if (!findBrowser()) {
      console.error(
        'setup: no Chrome or Chromium found: install chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome binary.',
      );
      process.exit(1);
    }
  }
  // The PDF tests print Chinese pages with Chromium: without a Chinese font they come out as empty boxes.
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status === 0 && !fonts.stdout.trim()) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('setup: no Chinese font found; installing fonts-wqy-microhei with apt-get…');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      if (spawnSync('apt-get', ['install', '-y', '-qq', 'fonts-wqy-microhei'], { stdio: 'inherit', env }).status !== 0) {
        spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
        spawnSync('apt-get', ['install', '-y', '-qq', 'fonts-wqy-microhei'], { stdio: 'inherit', env });
      }
    } else {
      console.warn('setup: no Chinese font found; the PDF tests need one (Debian/Ubuntu: apt-get install fonts-wqy-microhei).');
    }
  }
}
