// npm run api-types: the frontend's API types, generated with openapi-typescript from the OpenAPI document the app
// serves (/api/openapi.json), into frontend/src/apiSchema.ts. Builds the backend first. tests/clients/openapi.spec.mjs
// regenerates them the same way and fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, runOrExit } from './setup.mjs';

export const schemaFile = join(root, 'frontend', 'src', 'apiSchema.ts');

const header = `// Generated from the app's OpenAPI document (/api/openapi.json) by \`npm run api-types\`; do not edit.
// npm test fails when this file no longer matches the document.
`;

/** The TypeScript text openapi-typescript makes of a document. */
export async function apiTypes(documentText) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  return header + astToString(await openapiTS(documentText));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q']);
  const { startApp } = await import('../tests/e2e/appServer.mjs');
  const app = await startApp();
  try {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).text();
    writeFileSync(schemaFile, await apiTypes(document));
    console.log(`Wrote ${schemaFile}`);
  } finally {
    await app.stop();
  }
}
