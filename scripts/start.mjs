// npm start: install, build the page and the backend, then run the built app on its embedded SQLite default (PORT,
// default 5080). The app runs as `dotnet Maps.Api.dll`, not under `dotnet run`, whose build host would stay resident
// beside it (a couple of hundred megabytes); build servers are not kept either. SIGINT and SIGTERM go to the app,
// which drains the requests in flight before it exits.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildFrontend, ensureNodeModules, root, runOrExit } from './setup.mjs';

export const appDll = join(root, 'backend', 'bin', 'Release', 'net10.0', 'Maps.Api.dll');

await ensureNodeModules();
await buildFrontend();

console.log('Building the backend (restores packages on the first start)…');
await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q', '--nologo',
  '--disable-build-servers']);

console.log('Starting Corridor Atlas (the first start seeds the database)…');
// The working directory is backend/, as under `dotnet run`: the SQLite file and the page are found beside it.
const app = spawn('dotnet', [appDll], {
  cwd: join(root, 'backend'),
  stdio: 'inherit',
  env: { ASPNETCORE_ENVIRONMENT: 'Production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('close', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
