// Help > Over Regie: version, data folder and why that folder. A native message box.
import { describeDataLocation, type DataLocation } from '../services/data-location';
import type { MessageBoxRequest } from './startup';

interface AboutInfo {
  version: string;
  location: DataLocation;
  /** process.versions: electron, chrome, node. */
  versions: Readonly<Record<string, string | undefined>>;
}

const ABOUT_BUTTONS = ['Sluiten', 'Map met gegevens openen'] as const;

export function aboutBox(info: AboutInfo): MessageBoxRequest {
  const runtime = ['electron', 'chrome', 'node']
    .map((name) =>
      info.versions[name] ? `${name[0]?.toUpperCase()}${name.slice(1)} ${info.versions[name]}` : null,
    )
    .filter((part): part is string => part !== null)
    .join(' · ');
  return {
    type: 'info',
    title: 'Over Regie',
    message: `Regie ${info.version}`,
    detail: [
      'Vergaderingen van de regiegroep voorbereiden, leiden en vastleggen. Werkt zonder internet; alle gegevens blijven op deze computer.',
      '',
      `Gegevensmap: ${info.location.dir}`,
      `(${describeDataLocation(info.location.source)})`,
      '',
      runtime,
    ].join('\n'),
    buttons: [...ABOUT_BUTTONS],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
