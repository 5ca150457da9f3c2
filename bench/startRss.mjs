// The resident memory of `npm start` as a reader runs it: every process of its tree (npm, the shell, the app), summed
// from /proc at rest after the warm-up, against issue 26's budget of 250 MB. Used by npm run bench
// (BENCH_ONLY=start for this alone), or `node bench/startRss.mjs`; it builds nothing beyond what npm start does.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { freePort, root } from '../scripts/setup.mjs';

export const startBudgetMb = 250;

/** Resident MB of one process (VmRSS), or 0 once it is gone. */
export function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
  } catch {
    return 0;
  }
}

/** pid, parent pid and command line of every process, read from /proc. */
function processes() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in /proc/PID/stat is in parentheses and may hold spaces: the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      list.push({ pid: Number(name), ppid, command });
    } catch {
      // Exited while being read.
    }
  }
  return list;
}

/** The process and all its descendants, each with its resident MB. */
export function treeRss(rootPid) {
  const all = processes();
  const tree = [];
  const walk = (pid) => {
    const self = all.find((p) => p.pid === pid);
    if (self) tree.push({ ...self, rssMb: rssMb(pid) });
    for (const child of all.filter((p) => p.ppid === pid)) walk(child.pid);
  };
  walk(rootPid);
  return { totalMb: tree.reduce((sum, p) => sum + p.rssMb, 0), processes: tree };
}

/**
 * Runs `npm start` in a process group of its own on a free port, waits for the warm-up to finish and the app to
 * settle (`settleSeconds`), reads the tree's resident memory, then stops the group with SIGTERM as Ctrl-C would.
 */
export async function measureStart({ settleSeconds = 10, env = {} } = {}) {
  const port = await freePort();
  const npm = spawn('npm', ['start'], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: String(port), ...env },
  });
  const exited = new Promise((resolve) => npm.once('exit', (code, signal) => resolve(code ?? signal)));
  let output = '';
  npm.stdout.on('data', (d) => (output += d));
  npm.stderr.on('data', (d) => (output += d));
  try {
    const finished = new Promise((resolve) => {
      const check = () => /Warm-up finished/.test(output) && resolve('ready');
      npm.stdout.on('data', check);
    });
    const timeout = new Promise((resolve) => setTimeout(resolve, 600_000, 'timeout').unref());
    const outcome = await Promise.race([finished, exited.then(() => 'exited'), timeout]);
    if (outcome !== 'ready') {
      throw new Error(`npm start did not finish its warm-up (${outcome}):\n${output.slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    // Read before any request: at rest is before the first reader.
    const rss = treeRss(npm.pid);
    const answers = {};
    for (const path of ['/', '/api/layers', '/healthz/ready'])
      answers[path] = await fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.arrayBuffer().then(() => r.status));
    return { ...rss, answers, budgetMb: startBudgetMb };
  } finally {
    if (npm.exitCode === null && npm.signalCode === null) process.kill(-npm.pid, 'SIGTERM');
    const timer = setTimeout(() => process.kill(-npm.pid, 'SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}

/** One line: the total, then each process by its command (the app by its dll's name). */
export function startSummary({ totalMb, processes }) {
  const name = (command) => command.split(' ').map((word) => word.split('/').at(-1)).slice(0, 2).join(' ');
  return `${totalMb} MB (${processes.map((p) => `${name(p.command)} ${p.rssMb}`).join(', ')})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureStart({ settleSeconds: Number(process.env.START_SETTLE_SECONDS ?? 10) });
  for (const p of result.processes) console.log(`${String(p.rssMb).padStart(5)} MB  ${p.pid}  ${p.command}`);
  console.log(`npm start at rest: ${startSummary(result)}, budget ≤ ${startBudgetMb} MB;`
    + ` answers ${JSON.stringify(result.answers)}`);
}
