// npm run dev: the Vite dev server (hot reload) and the app in Development, which proxies the page to Vite.
import { spawn } from 'node:child_process';
import { ensureNodeModules, root } from './setup.mjs';

await ensureNodeModules();
const children = [
  spawn('npm', ['run', 'dev', '--workspace', 'frontend'], { cwd: root, stdio: 'inherit' }),
  spawn('dotnet', ['watch', '--project', 'backend/Maps.Api.csproj', 'run'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development' },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
for (const child of children) child.on('close', stop);
