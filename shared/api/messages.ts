// Dutch validation messages that name the bad value. Every schema's own messages say what is wrong in the
// words of the field; what a schema leaves to zod (an unknown key, a wrong type, a value that is too long)
// gets its Dutch message from the error map installed here, so no zod English ("Unrecognized key",
// "Invalid input") ever reaches a user. zod's own 'nl' locale was not used: it says "Onbekende key" and
// "verwacht string, ontving number" and never names the value.
import { z } from 'zod';
import { orList } from '../domain/lists';

/** A value as a message shows it: "informatief", 12, null, (leeg) — long text cut off. */
export function shown(value: unknown): string {
  if (value === undefined) return '(niets)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een object';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'heel getal',
  boolean: 'ja/nee-waarde (true of false)',
  object: 'object',
  array: 'lijst',
  null: 'null',
  date: 'datum',
};

/** An enum whose message names the bad value and the choices: '"informatief" is geen soort; kies …'. */
export function dutchEnum<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${what} ontbreekt; kies ${orList(values)}`
        : `${shown(issue.input)} is geen ${what}; kies ${orList(values)}`,
  });
}

/** The Dutch message for whatever a schema did not word itself. */
function dutchMessage(issue: z.core.$ZodRawIssue): string {
  const value = shown(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt';
      return `${value} is geen ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `onbekend veld ${orList(issue.keys.map((k) => `"${k}"`))} (een tikfout?)`;
    case 'invalid_value':
      return `${value} is niet toegestaan; kies ${orList(issue.values.map((v) => shown(v)))}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${value}: maximaal ${String(issue.maximum)} tekens`
        : issue.origin === 'array'
          ? `maximaal ${String(issue.maximum)} elementen`
          : `${value} is groter dan ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'mag niet leeg zijn'
          : `${value}: minimaal ${String(issue.minimum)} tekens`
        : issue.origin === 'array'
          ? `minimaal ${String(issue.minimum)} element(en)`
          : `${value} is kleiner dan ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'email'
        ? `${value} is geen geldig e-mailadres`
        : `${value} heeft niet de juiste vorm`;
    case 'not_multiple_of':
      return `${value} is geen veelvoud van ${String(issue.divisor)}`;
    case 'invalid_union':
      return `${value} is hier niet toegestaan`;
    case 'invalid_key':
      return `ongeldige sleutel ${value}`;
    case 'invalid_element':
      return `ongeldige waarde ${value}`;
    default:
      return `${value} is ongeldig`;
  }
}

// Installed once, for every schema in every process that loads the shared schemas.
z.config({ customError: (issue) => dutchMessage(issue) });
