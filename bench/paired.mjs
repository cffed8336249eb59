// Two workloads timed in paired short rounds, in one Node process (the import and checker sections).
import { median } from './browser.mjs';

/** Pairs of short rounds (one round of each side a pair, 25 ms each). */
export const PAIRS = 120;
const ROUND_MS = 25;

/**
 * The time per call of two workloads, as the median of the ratios of paired rounds: after a warm-up
 * of both, `pairs` pairs of one round of each (25 ms of calls), the side that goes first turning
 * with each pair. This kind of machine changes speed within seconds (the best rounds of two 1.2 s
 * runs of the same build read 1.6× and 2.9×); two rounds 25 ms apart meet the same speed, so the
 * median of the pairs' ratios moves by a few percent between runs, where a ratio of best rounds
 * moved by a third. The same estimate as the render figures' (medians of paired samples). Not the
 * process's CPU time: that counts the optimising compiler and the garbage collector's helper
 * threads too, which work hardest on whichever function is measured first. Returns each side's
 * median round, the median ratio and the ratios' quartiles.
 */
export function pairedRounds(first, second, pairs = PAIRS) {
  const warm = performance.now();
  while (performance.now() - warm < 300) {
    first();
    second();
  }
  const round = (work) => {
    const start = performance.now();
    let done = 0;
    while (performance.now() - start < ROUND_MS) {
      work();
      done += 1;
    }
    return (performance.now() - start) / done;
  };
  const firsts = [];
  const seconds = [];
  const ratios = [];
  for (let index = 0; index < pairs; index += 1) {
    let a;
    let b;
    if (index % 2) {
      b = round(second);
      a = round(first);
    } else {
      a = round(first);
      b = round(second);
    }
    firsts.push(a);
    seconds.push(b);
    ratios.push(b / a);
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const at = (share) => sorted[Math.round(share * (sorted.length - 1))];
  return { first: median(firsts), second: median(seconds), ratio: median(ratios), low: at(0.25), high: at(0.75) };
}
