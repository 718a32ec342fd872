// Issue 12's closing note: every bad input tried, through the real doors, with the message the user saw and
// whether the data stayed the same. Prints a Markdown table and writes it to docs/bad-inputs.md (keeping what
// follows its "## Crash test" heading). Exits 1 when any message is not Dutch, any input was accepted, or any
// data changed. Needs `npm run build` (the browser-mode cases run dist/bridge/browser-mode.cjs).
// Run: npm run bad-inputs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { markdownTable, runBadInputs } from './bad-inputs/run';
import { SHOWN } from './bad-inputs/harness';

const DOC = resolve('docs/bad-inputs.md');

async function main() {
  const started = Date.now();
  const outcomes = await runBadInputs(undefined, (o) =>
    process.stderr.write(`${o.ok ? 'ok  ' : 'FOUT'} ${o.door}: ${o.input}\n`),
  );
  const failed = outcomes.filter((o) => !o.ok);
  const table = markdownTable(outcomes);
  console.log(table);
  console.log(
    `\n${outcomes.length} bad inputs, ${failed.length} failed, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );

  const previous = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const crash = previous.indexOf('\n## Crash test');
  const doc = `# Bad inputs tried (issue 12)

Made by \`npm run bad-inputs\` (scripts/bad-inputs.ts) on ${new Date().toISOString().slice(0, 10)}: a fresh data folder with
the plan fixture (tests/fixtures/plan) imported, each input given through a real door — \`regie\` in process
(\`regie import\`, other commands, \`package import\` of a tampered package), the service API, the built browser-mode
server, the loopback bridge. "Data unchanged" compares a fingerprint taken before and after each input:
\`regie meeting list --json\`, \`regie meeting show ${SHOWN} --json\`, the document store's file list, and every row of
every table. "Dutch" means no zod, SQLite or JavaScript English in the message. The script fails when an input is
accepted, a message is not Dutch, or data changed.

${outcomes.length} bad inputs, ${failed.length} failed.

${table}
${crash >= 0 ? previous.slice(crash) : ''}`;
  writeFileSync(DOC, doc);
  if (failed.length) {
    console.error(`\nFOUT: ${failed.map((o) => `${o.door}: ${o.input}`).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
