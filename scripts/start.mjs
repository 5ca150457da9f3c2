// npm start, its first half: install, build the page and the backend. The second half is in package.json: the shell
// npm runs the script in goes to backend/ and `exec`s the built app (`dotnet Maps.Api.dll`, on its embedded SQLite
// default, PORT default 5080), so that nothing stays resident beside it but npm itself: this node process exits first
// (it held 44 MB for nothing), and the app does not run under `dotnet run`, whose build host would stay beside it (a
// couple of hundred megabytes); build servers are not kept either. Ctrl-C reaches the app with the rest of the
// terminal's foreground group, and npm passes SIGINT and SIGTERM on to it: it drains the requests in flight and exits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFrontend, ensureNodeModules, root, runOrExit } from './setup.mjs';

/** The built app, as package.json's start script runs it (from backend/, as bin/Release/net10.0/Maps.Api.dll). */
export const appDll = join(root, 'backend', 'bin', 'Release', 'net10.0', 'Maps.Api.dll');

async function prepare() {
  await ensureNodeModules();
  await buildFrontend();
  console.log('Building the backend (restores packages on the first start)…');
  await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q', '--nologo',
    '--disable-build-servers']);
  if (!existsSync(appDll)) {
    console.error(`The build made no ${appDll}, which package.json's start script runs.`);
    process.exit(1);
  }
  console.log('Starting Corridor Atlas (the first start seeds the database)…');
}

// Imported (for appDll), it builds nothing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await prepare();
