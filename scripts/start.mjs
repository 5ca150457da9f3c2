// npm start: install, build the page, run the app on its embedded SQLite default (PORT, default 5080).
import { spawn } from 'node:child_process';
import { buildFrontend, ensureNodeModules, root } from './setup.mjs';

await ensureNodeModules();
await buildFrontend();

console.log('Starting Corridor Atlas (the first start builds the backend and seeds the database)…');
const app = spawn('dotnet', ['run', '--project', 'backend/Maps.Api.csproj', '-c', 'Release', '--no-launch-profile'], {
  cwd: root,
  stdio: 'inherit',
  env: { ASPNETCORE_ENVIRONMENT: 'Production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('close', (code) => process.exit(code ?? 0));
