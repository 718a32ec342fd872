// Runs Doyensec's Electronegativity over electron/ and fails (exit 1) on every finding that is not
// explained. Explain a false positive where it occurs: the reason in a comment just above, and the
// directive at the end of the flagged line (kept short, so Prettier leaves it on that line):
//     // Safe: `target` passed externalUrl() (https:/mailto: only).
//     await deps.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK
// Findings of global checks that cannot carry an inline comment are explained in EXPLAINED below.
//   node scripts/electronegativity.mjs [folder]
// Offline note: Electronegativity tries to fetch translations (1 s timeout) and, for the
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, Electron's release list from GitHub; without a network both
// print a warning and the scan goes on. That check is excluded here because offline it cannot decide
// anything; the Electron version is kept current through npm instead.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(root, process.argv[2] ?? 'electron');
const electronVersion = require('electron/package.json').version;
const run = require('@doyensec/electronegativity');

/** Findings that cannot be disabled inline, with the reason they are acceptable. */
const EXPLAINED = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: /^N\/A$/,
    reason:
      'Electronegativity only recognises a CSP set through webRequest responseHeaders or a <meta> tag. ' +
      'Regie sends it as a header of every app:// Response (electron/main/app-protocol.ts, tested in ' +
      'tests/electron/services-protocol.test.ts); it is evaluated below with the same CSP evaluator instead.',
  },
];

/**
 * Our CSP, evaluated with the evaluator Electronegativity uses (@doyensec/csp-evaluator). Findings of
 * "maybe" severity that do not apply to Regie are explained here; anything HIGH/MEDIUM/SYNTAX fails.
 */
const CSP_EXPLAINED = [
  {
    directive: 'script-src',
    value: "'self'",
    reason:
      "'self' is only a risk when the origin serves JSONP, Angular templates or user uploads; app://regie " +
      'serves only the built renderer (attachments are never served from it).',
  },
];

function readCsp() {
  const source = readFileSync(path.join(root, 'shared', 'content-security-policy.ts'), 'utf8');
  const block = /CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join\('; '\)/.exec(source);
  if (!block) throw new Error('CONTENT_SECURITY_POLICY not found in shared/content-security-policy.ts');
  return [...block[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('; ');
}

const excluded = ['AvailableSecurityFixesGlobalCheck'];

const result = await run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: excluded,
  parserPlugins: [],
});

const explainedBy = (issue) =>
  EXPLAINED.find((entry) => entry.id === issue.id && entry.file.test(String(issue.file)));

const open = [];
const explained = [];
for (const issue of result.issues) {
  const entry = explainedBy(issue);
  if (entry) explained.push({ issue, reason: entry.reason });
  else open.push(issue);
}

const where = (issue) => `${issue.file}:${issue.location.line}:${issue.location.column}`;
const parseErrors = result.errors.filter((error) => !error.tolerable);

console.log(
  `Electronegativity over ${path.relative(root, input) || '.'} (Electron ${electronVersion}): ` +
    `${result.globalChecks} global and ${result.atomicChecks} atomic checks; ` +
    `${excluded.join(', ')} excluded (needs the network).`,
);
for (const { issue, reason } of explained) {
  console.log(`  explained  ${issue.id}  ${where(issue)}\n             ${reason}`);
}
for (const issue of open) {
  console.log(
    `  FINDING    ${issue.id} [${issue.severity.name}/${issue.confidence.name}]  ${where(issue)}\n` +
      `             ${issue.description}\n             ${(issue.sample ?? '').trim().slice(0, 160)}`,
  );
}
for (const error of result.errors) {
  console.log(`  ${error.tolerable ? 'warning' : 'PARSE ERROR'}  ${error.file}: ${error.message}`);
}

// The inline explanations (Electronegativity drops inline-disabled findings from its result). A
// directive without a comment above it counts as unexplained.
let unexplainedInline = 0;
function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name)) yield full;
  }
}
for (const file of sourceFiles(input)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const m = /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)/.exec(line);
    if (!m) return;
    const reason = [];
    for (let i = index - 1; i >= 0 && /^\s*\/\//.test(lines[i]); i -= 1) {
      reason.unshift(lines[i].replace(/^\s*\/\/\s?/, ''));
    }
    console.log(`  inline     ${m[1].trim()}  ${path.relative(input, file)}:${index + 1}`);
    console.log(`             ${reason.join(' ') || '(NO EXPLANATION ABOVE THE LINE)'}`);
    if (reason.length === 0) unexplainedInline += 1;
  });
}

const cspText = readCsp();
const cspLib = require('@doyensec/csp-evaluator');
const cspFindings = new cspLib.CspEvaluator(
  new cspLib.CspParser(cspText).csp,
  cspLib.Version.CSP3,
).evaluate();
const cspSeverity = (value) =>
  Object.keys(cspLib.severities).find((name) => cspLib.severities[name] === value);
let cspOpen = 0;
console.log(`\nCSP of app:// responses: ${cspText}`);
for (const finding of cspFindings) {
  const entry = CSP_EXPLAINED.find((e) => e.directive === finding.directive && e.value === finding.value);
  const blocking = finding.severity <= cspLib.severities.MEDIUM;
  if (entry && !blocking) {
    console.log(
      `  explained  ${cspSeverity(finding.severity)} ${finding.directive} ${finding.value ?? ''}\n             ${entry.reason}`,
    );
  } else if (blocking || !entry) {
    cspOpen += 1;
    console.log(
      `  CSP ${cspSeverity(finding.severity)}  ${finding.directive} ${finding.value ?? ''}: ${finding.description}`,
    );
  }
}

if (open.length > 0 || parseErrors.length > 0 || cspOpen > 0 || unexplainedInline > 0) {
  console.log(
    `\n${open.length} unexplained finding(s), ${cspOpen} CSP finding(s), ${unexplainedInline} unexplained ` +
      `eng-disable(s), ${parseErrors.length} parse error(s). ` +
      'Fix them, or explain a ' +
      'false positive: the reason in a // comment above, // eng-disable CHECK_ID at the end of the flagged line.',
  );
  process.exit(1);
}
console.log(
  `\nNo unexplained findings (${explained.length} explained here; inline explanations listed above).`,
);
