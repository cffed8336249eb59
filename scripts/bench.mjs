#!/usr/bin/env node
// `npm run bench [-- <section>…] [--samples N] [--strict]`: prints the size, render, update and
// checker figures with their budgets (PASS/FAIL). Needs `npm run build` first (dist/).
// BENCH_DROP_IN=path/to/file.js runs the browser sections on another build of the drop-in file.
// Not a test: it exits 0 whatever the figures, unless --strict and a budget fails.
import { arch, cpus, loadavg, release, totalmem, type } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sections from '../bench/sections.mjs';
import { launch } from '../bench/browser.mjs';
import { root } from './build-config.mjs';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const samplesAt = args.indexOf('--samples');
const samples = samplesAt >= 0 ? Number(args[samplesAt + 1]) : 11;
const names = args.filter((arg, index) => !arg.startsWith('--') && (samplesAt < 0 || index !== samplesAt + 1));
const chosen = names.length ? sections.filter((section) => names.includes(section.name)) : sections;
if (names.length && chosen.length !== names.length) {
  console.error(`bench: unknown section; sections are ${sections.map((section) => section.name).join(', ')}`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist', 'disclosure-tables.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const budgets = [];
const log = (line = '') => console.log(line ? `  ${line}` : '');
const budget = (name, pass, detail) => {
  budgets.push({ name, pass, detail });
  console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
};

let env;
try {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`disclosure-tables bench — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${type()} ${release()} ${arch()}; Node ${process.version}`,
  );
  // Other work on the machine moves every timing: the load average says how busy it was.
  console.log(
    `load average at start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  const browser = async () => {
    if (env) return env;
    env = await launch();
    console.log(`  browser: ${env.version} (headless, puppeteer-core), pages from ${env.server.url}`);
    if (process.env.BENCH_DROP_IN) console.log(`  drop-in file in the browser: ${process.env.BENCH_DROP_IN} (BENCH_DROP_IN)`);
    return env;
  };
  for (const section of chosen) {
    console.log('');
    console.log(`## ${section.title}`);
    // A section timing Node first starts the browser itself when it needs it (Chromium starting up
    // takes the machine's cores for a while).
    if (section.browser === true) await browser();
    await section.run({ log, budget, env, browser, samples });
  }
} finally {
  await env?.close();
}

console.log('');
console.log(
  `load average at end: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);
console.log('## Budgets');
for (const item of budgets) console.log(`  ${item.pass ? 'PASS' : 'FAIL'}  ${item.name}: ${item.detail}`);
const failed = budgets.filter((item) => !item.pass).length;
console.log(`${budgets.length - failed} passed, ${failed} failed`);
if (strict && failed) process.exit(1);
