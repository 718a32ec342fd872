// Runs bad inputs through the harness and judges each: refused, with a Dutch message, and the data unchanged
// (the fingerprint before and after is the same). The table of the closing note of issue 12 is made from this.
import { BAD_INPUTS, prepare, type BadInput } from './cases';
import { fingerprint, looksDutch, openHarness, type Harness } from './harness';

export interface Outcome {
  door: string;
  input: string;
  /** What the user saw; null when the input was accepted. */
  message: string | null;
  dutch: boolean;
  unchanged: boolean;
  ok: boolean;
}

/** The message as the table shows it: the temporary folder replaced, one line. */
function shown(h: Harness, message: string): string {
  return message
    .split(h.work)
    .join('…')
    .replace(/\s*\n\s*/g, ' ⏎ ');
}

export async function judge(h: Harness, input: BadInput): Promise<Outcome> {
  await input.setup?.(h);
  const before = await fingerprint(h);
  let message: string | null;
  let broken = false;
  try {
    message = await input.run(h);
  } catch (e) {
    // The run itself failed (not the product's refusal): never counted as passed.
    broken = true;
    message = `(fout in de proef zelf) ${e instanceof Error ? e.message : String(e)}`;
  }
  const unchanged = (await fingerprint(h)) === before;
  const dutch = !broken && message !== null && looksDutch(message);
  return {
    door: input.door,
    input: input.input,
    message: message === null ? null : shown(h, message),
    dutch,
    unchanged,
    ok: dutch && unchanged,
  };
}

/** Runs the bad inputs `which` selects (all by default) on a fresh data folder, in order. */
export async function runBadInputs(
  which: (input: BadInput) => boolean = () => true,
  onOutcome: (o: Outcome) => void = () => {},
): Promise<Outcome[]> {
  const h = await openHarness();
  try {
    await prepare(h);
    const outcomes: Outcome[] = [];
    for (const input of BAD_INPUTS.filter(which)) {
      const outcome = await judge(h, input);
      onOutcome(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  } finally {
    await h.cleanup();
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(outcomes: readonly Outcome[]): string {
  const lines = [
    '| # | Door | Input | Message shown | Dutch | Data unchanged |',
    '|---|---|---|---|---|---|',
    ...outcomes.map(
      (o, i) =>
        `| ${i + 1} | ${o.door} | ${cell(o.input)} | ${o.message === null ? '**aanvaard (niet geweigerd)**' : `\`${cell(o.message).replace(/`/g, "'")}\``} | ${o.dutch ? 'ja' : '**NEE**'} | ${o.unchanged ? 'ja' : '**NEE**'} |`,
    ),
  ];
  return lines.join('\n');
}
