import autocannon from 'autocannon';
import { fork, spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundle } from '../scripts/bundle';
import { TURNS } from './turns';

/**
 * `npm run bench`: the skill against a bare ask-sdk-core hello-world skill, bundled the same way and
 * measured in the same run. Prints one table with the ratios and the targets. Not part of `npm test`.
 */
const OUT = resolve('dist/bench');
const SKILL = join(OUT, 'skill', 'index.js');
const BASELINE = join(OUT, 'baseline', 'index.js');
const COLD_RUNS = 25;
const MEMORY_TURNS = 100_000;
const HTTP_SECONDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs bench/worker.ts in a fresh process and returns the one message it sends back. */
function worker<T>(args: string[], execArgv: string[] = []): Promise<T> {
  return new Promise((resolveResult, reject) => {
    const child = fork(join(__dirname, 'worker.ts'), args, {
      execArgv: ['--import', 'tsx', ...execArgv],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message) => {
      resolveResult(message as T);
      if (args[0] !== 'serve') child.kill();
    });
    child.once('exit', (code) => code && reject(new Error(`bench worker ${args.join(' ')} exited with ${code}`)));
    if (args[0] === 'serve') process.once('exit', () => child.kill());
  });
}

/** From spawning `node` to the first response on stdout: module load, skill assembly and one LaunchRequest. */
function coldStart(bundlePath: string): Promise<number> {
  const event = JSON.stringify(TURNS[0].request());
  const script = `require(${JSON.stringify(bundlePath)}).handler(JSON.parse(process.env.BENCH_EVENT)).then(() => process.stdout.write('\\nBENCH_RESPONSE\\n'))`;
  return new Promise((done, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, BENCH_EVENT: event }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('BENCH_RESPONSE')) done(performance.now() - start);
    });
    child.on('exit', (code) => code && reject(new Error(`cold start run exited with ${code}`)));
  });
}

async function throughput(which: 'skill' | 'baseline'): Promise<{ rps: number; p99: number }> {
  const { port } = await worker<{ port: number }>(['serve', which]);
  const body = JSON.stringify(TURNS[0].request());
  const result = await autocannon({ url: `http://127.0.0.1:${port}/`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: 10, duration: HTTP_SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${which} endpoint failed ${result.non2xx + result.errors} requests`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

function machine(): string {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  return `${availableParallelism()} × ${model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`;
}

type Row = [measure: string, skill: string, baseline: string, ratio: string, target: string, verdict: string];

function table(rows: Row[]): string {
  const head: Row = ['measure', 'skill', 'baseline', 'ratio', 'target', ''];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const began = performance.now();
  await bundle('lambda/index.ts', SKILL);
  await bundle('bench/baseline/hello-world.ts', BASELINE);
  const rows: Row[] = [];
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

  const kb = (file: string) => statSync(file).size / 1024;
  rows.push(['bundle size (minified)', `${kb(SKILL).toFixed(0)} KB`, `${kb(BASELINE).toFixed(0)} KB`, ratio(kb(SKILL), kb(BASELINE)), '< 500 KB', ok(kb(SKILL) < 500)]);

  const cold = { skill: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < COLD_RUNS; i += 1) {
    cold.skill.push(await coldStart(SKILL));
    cold.baseline.push(await coldStart(BASELINE));
  }
  const [coldSkill, coldBase] = [median(cold.skill), median(cold.baseline)];
  rows.push([`cold start (median of ${COLD_RUNS})`, `${coldSkill.toFixed(1)} ms`, `${coldBase.toFixed(1)} ms`, ratio(coldSkill, coldBase), '≤ 1.2× baseline', ok(coldSkill <= 1.2 * coldBase)]);

  type Warm = Record<string, { p50: number; p99: number }>;
  const warmSkill = await worker<Warm>(['warm', SKILL]);
  const warmBase = await worker<Warm>(['warm', BASELINE]);
  for (const turn of TURNS) {
    const s = warmSkill[turn.name];
    const b = warmBase[turn.name];
    const target = turn.backendIO ? '' : 'p99 < 1 ms';
    rows.push([`warm ${turn.name} p50 / p99`, `${s.p50.toFixed(3)} / ${s.p99.toFixed(3)} ms`, `${b.p50.toFixed(3)} / ${b.p99.toFixed(3)} ms`, ratio(s.p99, b.p99), target, turn.backendIO ? '' : ok(s.p99 < 1)]);
  }

  type Memory = { growthBytes: number };
  const memSkill = await worker<Memory>(['memory', SKILL, String(MEMORY_TURNS)], ['--expose-gc']);
  const memBase = await worker<Memory>(['memory', BASELINE, String(MEMORY_TURNS)], ['--expose-gc']);
  const growth = (m: Memory) => `${(m.growthBytes / 1024).toFixed(0)} KB`;
  rows.push([`heap growth over ${MEMORY_TURNS.toLocaleString('en-US')} turns`, growth(memSkill), growth(memBase), '', '< 1 MB (none)', ok(memSkill.growthBytes < 1024 * 1024)]);

  const httpSkill = await throughput('skill');
  const httpBase = await throughput('baseline');
  rows.push([`HTTP launch, 10 connections, ${HTTP_SECONDS} s`, `${httpSkill.rps.toFixed(0)} req/s (p99 ${httpSkill.p99} ms)`, `${httpBase.rps.toFixed(0)} req/s (p99 ${httpBase.p99} ms)`, ratio(httpSkill.rps, httpBase.rps), '', '']);

  console.log(`\nDevice Help Desk benchmarks on ${machine()} (${((performance.now() - began) / 1000).toFixed(0)} s)\n`);
  console.log(table(rows));
  process.exit(rows.some((r) => r[5] === 'MISSED') ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
