import autocannon from 'autocannon';
import { execFileSync, fork, spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { bundle, bundleBytes } from '../scripts/bundle';
import { startAlexaApiStub } from './alexa-api-stub';
import { TURNS, withAlexaApi } from './turns';

/**
 * `npm run bench`: the skill against a bare ask-sdk-core hello-world skill, bundled the same way and
 * measured in the same run. Prints one table with the ratios and the targets. Not part of `npm test`.
 */
const OUT = resolve('dist/bench');
const SKILL = join(OUT, 'skill', 'index.js');
const BASELINE = join(OUT, 'baseline', 'index.js');
/** The baseline plus the libraries the skill starts (bench/baseline/libraries-only.ts): the floor under its launch. */
const LIBRARIES = join(OUT, 'libraries', 'index.js');
const QUICK = process.argv.includes('--quick');
/** `--quick` for the 2-core CI machines: the fewest runs whose medians still hold; `--cold` measures cold starts only. */
const PLAN = QUICK ? { coldPairs: 15, warmTurns: 5_000, memoryTurns: 20_000, httpSeconds: 2 } : { coldPairs: 25, warmTurns: 20_000, memoryTurns: 100_000, httpSeconds: 5 };
const COLD_ONLY = process.argv.includes('--cold');
/** `--node <path>`: the Node.js binary the cold starts run on, e.g. the one Lambda's runtime uses; this process's own by default. */
const COLD_NODE = process.argv.includes('--node') ? process.argv[process.argv.indexOf('--node') + 1] : process.execPath;
/** Cold start targets against the baseline: the launch, and any other first turn. */
const COLD_TARGET = { launch: 1.2, other: 1.35 };

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

/** One cold start: whole process (spawn to first response) and, inside it, from the start of loading to the first response. */
interface Cold {
  process: number;
  loadToResponse: number;
}

/** A new `node` process that loads the bundle and answers one request, as Lambda's first invocation does. */
function coldStart(bundlePath: string, request: RequestEnvelope): Promise<Cold> {
  const script = [
    'const began = performance.now();',
    `require(${JSON.stringify(bundlePath)}).handler(JSON.parse(process.env.BENCH_EVENT))`,
    ".then(() => process.stdout.write('\\nBENCH_RESPONSE ' + (performance.now() - began) + '\\n'))",
  ].join('');
  return new Promise((done, reject) => {
    const start = performance.now();
    const child = spawn(COLD_NODE, ['-e', script], { env: { ...process.env, BENCH_EVENT: JSON.stringify(request) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const answered = /BENCH_RESPONSE (\S+)\n/.exec(output);
      if (answered) done({ process: performance.now() - start, loadToResponse: Number(answered[1]) });
    });
    child.on('exit', (code) => code && reject(new Error(`cold start run exited with ${code}`)));
  });
}

/** `subject` and baseline cold starts in alternating pairs (who goes first swaps each pair), so the machine's load falls on both alike. */
async function coldPairs(request: RequestEnvelope, pairs: number, subject = SKILL) {
  const skill: Cold[] = [];
  const baseline: Cold[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const skillFirst = i % 2 === 0;
    const first = await coldStart(skillFirst ? subject : BASELINE, request);
    const second = await coldStart(skillFirst ? BASELINE : subject, request);
    const [s, b] = skillFirst ? [first, second] : [second, first];
    skill.push(s);
    baseline.push(b);
    ratios.push(s.process / b.process);
  }
  const of = (runs: Cold[], measure: keyof Cold) => median(runs.map((run) => run[measure]));
  return { skill: of(skill, 'process'), baseline: of(baseline, 'process'), ratio: median(ratios), skillLoad: of(skill, 'loadToResponse'), baselineLoad: of(baseline, 'loadToResponse') };
}

async function throughput(which: 'skill' | 'baseline'): Promise<{ rps: number; p99: number }> {
  const { port } = await worker<{ port: number }>(['serve', which]);
  const body = JSON.stringify(TURNS[0].request());
  const result = await autocannon({ url: `http://127.0.0.1:${port}/`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: 10, duration: PLAN.httpSeconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${which} endpoint failed ${result.non2xx + result.errors} requests`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

function machine(): string {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  const coldNode = COLD_NODE === process.execPath ? '' : ` (cold starts on Node ${execFileSync(COLD_NODE, ['--version'], { encoding: 'utf8' }).trim()})`;
  return `${availableParallelism()} × ${model.trim()}, Node ${process.version}${coldNode}, load average ${loadavg()[0].toFixed(1)}`;
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
  rmSync(OUT, { recursive: true, force: true });
  await bundle('lambda/index.ts', SKILL);
  await bundle('bench/baseline/hello-world.ts', BASELINE);
  await bundle('bench/baseline/libraries-only.ts', LIBRARIES);
  const rows: Row[] = [];
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

  const [skillKb, baseKb] = [bundleBytes(SKILL) / 1024, bundleBytes(BASELINE) / 1024];
  rows.push(['bundle size (minified, all files)', `${skillKb.toFixed(0)} KB`, `${baseKb.toFixed(0)} KB`, ratio(skillKb, baseKb), '< 500 KB', ok(skillKb < 500)]);

  const apiEndpoint = await startAlexaApiStub();
  const loads: string[] = [];
  for (const [i, turn] of TURNS.entries()) {
    const cold = await coldPairs(withAlexaApi(turn.request(), apiEndpoint), PLAN.coldPairs);
    const target = i === 0 ? COLD_TARGET.launch : COLD_TARGET.other;
    rows.push([`cold ${turn.name} (median, ${PLAN.coldPairs} pairs)`, `${cold.skill.toFixed(1)} ms`, `${cold.baseline.toFixed(1)} ms`, `${cold.ratio.toFixed(2)}×`, `≤ ${target}× baseline`, ok(cold.ratio <= target)]);
    loads.push(`${turn.name} ${cold.skillLoad.toFixed(1)} ms (baseline ${cold.baselineLoad.toFixed(1)} ms)`);
    if (i === 0) {
      const floor = await coldPairs(withAlexaApi(turn.request(), apiEndpoint), PLAN.coldPairs, LIBRARIES);
      rows.push([`cold ${turn.name}, the libraries alone`, `${floor.skill.toFixed(1)} ms`, `${floor.baseline.toFixed(1)} ms`, `${floor.ratio.toFixed(2)}×`, 'the floor', '']);
    }
  }
  if (COLD_ONLY) return report(began, rows, loads);

  type Warm = Record<string, { p50: number; p99: number }>;
  const warmSkill = await worker<Warm>(['warm', SKILL, String(PLAN.warmTurns)]);
  const warmBase = await worker<Warm>(['warm', BASELINE, String(PLAN.warmTurns)]);
  for (const turn of TURNS) {
    const s = warmSkill[turn.name];
    const b = warmBase[turn.name];
    const target = turn.backendIO ? '' : 'p99 < 1 ms';
    rows.push([`warm ${turn.name} p50 / p99`, `${s.p50.toFixed(3)} / ${s.p99.toFixed(3)} ms`, `${b.p50.toFixed(3)} / ${b.p99.toFixed(3)} ms`, ratio(s.p99, b.p99), target, turn.backendIO ? '' : ok(s.p99 < 1)]);
  }

  type Memory = { growthBytes: number };
  const memSkill = await worker<Memory>(['memory', SKILL, String(PLAN.memoryTurns)], ['--expose-gc']);
  const memBase = await worker<Memory>(['memory', BASELINE, String(PLAN.memoryTurns)], ['--expose-gc']);
  const growth = (m: Memory) => `${(m.growthBytes / 1024).toFixed(0)} KB`;
  rows.push([`heap growth over ${PLAN.memoryTurns.toLocaleString('en-US')} turns`, growth(memSkill), growth(memBase), '', '< 1 MB (none)', ok(memSkill.growthBytes < 1024 * 1024)]);

  const httpSkill = await throughput('skill');
  const httpBase = await throughput('baseline');
  rows.push([`HTTP launch, 10 connections, ${PLAN.httpSeconds} s`, `${httpSkill.rps.toFixed(0)} req/s (p99 ${httpSkill.p99} ms)`, `${httpBase.rps.toFixed(0)} req/s (p99 ${httpBase.p99} ms)`, ratio(httpSkill.rps, httpBase.rps), '', '']);

  report(began, rows, loads);
}

/** Prints the table, and inside each cold process the time from the start of loading to the first response; exits 1 on a missed target. */
function report(began: number, rows: Row[], loads: string[]): void {
  const mode = [QUICK && 'quick', COLD_ONLY && 'cold starts only'].filter(Boolean).join(', ');
  console.log(`\nDevice Help Desk benchmarks${mode ? ` (${mode})` : ''} on ${machine()}, in ${((performance.now() - began) / 1000).toFixed(0)} s\n`);
  console.log(table(rows));
  console.log(`\nLoad to first response, inside the process (median): ${loads.join('; ')}`);
  process.exit(rows.some((r) => r[5] === 'MISSED') ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
