import { describe, expect, it, vi } from 'vitest';
import {
  BUTTON,
  formatBackupLabel,
  isStartupError,
  restoreWhileRunning,
  startApp,
  type BackupInfo,
  type MessageBoxRequest,
  type RegieLike,
  type StartAppDeps,
} from '../../electron/main/startup';

/** Mirrors electron/services/startup-error.ts (recognised by shape, so main does not import it). */
class StartupError extends Error {
  constructor(
    readonly kind: 'integrity' | 'migration' | 'locked',
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

const regie: RegieLike = {
  dispatch: async () => null,
  close: async () => undefined,
  dataDir: '/data',
  dbPath: '/data/regie.db',
};

const backups: BackupInfo[] = [
  { path: '/data/backups/2026-11-20.db', createdAt: '2026-11-20T08:00:00.000Z' },
  { path: '/data/backups/2026-11-22.db', createdAt: '2026-11-22T08:00:00.000Z' },
];

/** A scripted message box: each answer names the button to press (or picks a backup by index). */
function scriptedDialogs(answers: (string | ((request: MessageBoxRequest) => number))[]) {
  const shown: MessageBoxRequest[] = [];
  const showMessageBox = vi.fn(async (request: MessageBoxRequest) => {
    shown.push(request);
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected dialog: ${request.message}`);
    const response = typeof answer === 'function' ? answer(request) : request.buttons.indexOf(answer);
    if (response < 0) throw new Error(`no button "${String(answer)}" in [${request.buttons.join(', ')}]`);
    return { response };
  });
  return { showMessageBox, shown };
}

function deps(openRegie: StartAppDeps['openRegie'], answers: Parameters<typeof scriptedDialogs>[0]) {
  const dialogs = scriptedDialogs(answers);
  const d = {
    dataDir: '/data',
    user: 'jan',
    openRegie: vi.fn(openRegie),
    listBackups: vi.fn(async () => backups),
    restoreBackup: vi.fn(async () => undefined),
    showMessageBox: dialogs.showMessageBox,
    openFolder: vi.fn(async () => ''),
    createWindow: vi.fn(),
    quit: vi.fn(),
    log: vi.fn(),
  };
  return { d, shown: dialogs.shown };
}

const corrupt = new StartupError(
  'integrity',
  'De database van Regie is beschadigd.',
  'quick_check: row 3 missing',
);

describe('start-up', () => {
  it('opens the data, then the window', async () => {
    const { d, shown } = deps(async () => regie, []);
    expect(await startApp(d)).toBe(regie);
    expect(d.openRegie).toHaveBeenCalledWith({ dataDir: '/data', user: 'jan', warmUp: true });
    expect(d.createWindow).toHaveBeenCalledWith(regie);
    expect(shown).toHaveLength(0);
    expect(d.quit).not.toHaveBeenCalled();
  });

  it('passes a database file named by REGIE_DB on', async () => {
    const { d } = deps(async () => regie, []);
    await startApp({ ...d, dbPath: '/data/mijn.sqlite' });
    expect(d.openRegie).toHaveBeenCalledWith({
      dataDir: '/data',
      dbPath: '/data/mijn.sqlite',
      user: 'jan',
      warmUp: true,
    });
  });

  it('failing check → restore a backup → retried → window', async () => {
    let attempts = 0;
    const { d, shown } = deps(
      async () => {
        attempts += 1;
        if (attempts === 1) throw corrupt;
        return regie;
      },
      // way out: restore; which backup: the first button (newest first)
      [BUTTON.restore, () => 0],
    );
    expect(await startApp(d)).toBe(regie);
    expect(d.restoreBackup).toHaveBeenCalledWith('/data', '/data/backups/2026-11-22.db');
    expect(d.openRegie).toHaveBeenCalledTimes(2);
    expect(d.createWindow).toHaveBeenCalledTimes(1);
    expect(d.restoreBackup.mock.invocationCallOrder[0]).toBeLessThan(
      d.createWindow.mock.invocationCallOrder[0]!,
    );

    const [failure, chooser] = shown;
    expect(failure?.title).toBe('Regie kan niet starten');
    expect(failure?.message).toBe('De database van Regie is beschadigd.');
    expect(failure?.detail).toContain('quick_check: row 3 missing');
    expect(failure?.detail).toContain('/data');
    expect(failure?.buttons).toEqual([BUTTON.restore, BUTTON.openFolder, BUTTON.retry, BUTTON.quit]);
    expect(failure?.cancelId).toBe(3);
    expect(chooser?.buttons).toHaveLength(3);
    expect(chooser?.buttons[2]).toBe(BUTTON.cancel);
  });

  it('failing check → quit: the app quits and no window ever opens', async () => {
    const { d } = deps(async () => {
      throw corrupt;
    }, [BUTTON.quit]);
    expect(await startApp(d)).toBeNull();
    expect(d.quit).toHaveBeenCalledTimes(1);
    expect(d.createWindow).not.toHaveBeenCalled();
    expect(d.restoreBackup).not.toHaveBeenCalled();
  });

  it('closing the dialog (Esc) counts as quit', async () => {
    const { d } = deps(async () => {
      throw corrupt;
    }, [(request) => request.cancelId]);
    expect(await startApp(d)).toBeNull();
    expect(d.quit).toHaveBeenCalled();
  });

  it('open the data folder, then quit: the folder is shown and no window opens', async () => {
    const { d } = deps(async () => {
      throw corrupt;
    }, [BUTTON.openFolder, BUTTON.quit]);
    await startApp(d);
    expect(d.openFolder).toHaveBeenCalledWith('/data');
    expect(d.openRegie).toHaveBeenCalledTimes(1); // opening the folder does not retry by itself
    expect(d.createWindow).not.toHaveBeenCalled();
    expect(d.quit).toHaveBeenCalled();
  });

  it('no backups: says so and asks again', async () => {
    const { d, shown } = deps(async () => {
      throw corrupt;
    }, [BUTTON.restore, BUTTON.ok, BUTTON.quit]);
    d.listBackups.mockResolvedValueOnce([]);
    await startApp(d);
    expect(shown[1]?.message).toBe('Er zijn geen back-ups gevonden.');
    expect(d.restoreBackup).not.toHaveBeenCalled();
    expect(d.createWindow).not.toHaveBeenCalled();
  });

  it('cancelling the backup choice goes back to the way-out dialog', async () => {
    const { d } = deps(async () => {
      throw corrupt;
    }, [BUTTON.restore, BUTTON.cancel, BUTTON.quit]);
    await startApp(d);
    expect(d.restoreBackup).not.toHaveBeenCalled();
    expect(d.openRegie).toHaveBeenCalledTimes(1);
  });

  it('a failed restore is reported and does not retry', async () => {
    const { d, shown } = deps(async () => {
      throw corrupt;
    }, [BUTTON.restore, () => 0, BUTTON.ok, BUTTON.quit]);
    d.restoreBackup.mockRejectedValueOnce(new Error('schijf vol'));
    await startApp(d);
    expect(shown[2]?.message).toBe('De back-up kon niet worden teruggezet.');
    expect(shown[2]?.detail).toBe('schijf vol');
    expect(d.openRegie).toHaveBeenCalledTimes(1);
    expect(d.createWindow).not.toHaveBeenCalled();
  });

  it('a locked database offers retry instead of restore', async () => {
    let attempts = 0;
    const { d, shown } = deps(async () => {
      attempts += 1;
      if (attempts === 1) throw new StartupError('locked', 'De database is in gebruik.', 'SQLITE_BUSY');
      return regie;
    }, [BUTTON.retry]);
    expect(await startApp(d)).toBe(regie);
    expect(shown[0]?.buttons).toEqual([BUTTON.retry, BUTTON.openFolder, BUTTON.quit]);
  });

  it('an unexpected error also gets a Dutch way out', async () => {
    const { d, shown } = deps(async () => {
      throw new Error('EACCES: permission denied');
    }, [BUTTON.quit]);
    await startApp(d);
    expect(shown[0]?.message).toBe('Regie kon de gegevens niet openen.');
    expect(shown[0]?.detail).toContain('EACCES');
    expect(d.createWindow).not.toHaveBeenCalled();
  });

  it('recognises StartupError by shape', () => {
    expect(isStartupError(corrupt)).toBe(true);
    expect(isStartupError(new Error('x'))).toBe(false);
    expect(isStartupError({ kind: 'integrity', detail: 'x', message: 'y' })).toBe(false);
  });

  it('labels backups with a Dutch date', () => {
    expect(formatBackupLabel({ path: '/b.db', createdAt: '2026-11-22T08:00:00.000Z' })).toMatch(
      /^Back-up van .*2026/,
    );
    expect(formatBackupLabel({ path: '/b.db', createdAt: 'gisteren' })).toBe('/b.db');
  });
});

describe('restore while running', () => {
  it('confirms, closes the data, restores and opens again', async () => {
    const current = { ...regie, close: vi.fn(async () => undefined) };
    const reopened = { ...regie, dbPath: '/data/regie.db (new)' };
    const { d } = deps(async () => reopened, [() => 1, 'Terugzetten']);
    const next = await restoreWhileRunning({ ...d, current });
    expect(d.restoreBackup).toHaveBeenCalledWith('/data', '/data/backups/2026-11-20.db');
    expect(current.close).toHaveBeenCalled();
    expect(current.close.mock.invocationCallOrder[0]).toBeLessThan(
      d.restoreBackup.mock.invocationCallOrder[0]!,
    );
    expect(next).toBe(reopened);
  });

  it('cancel at the confirmation keeps the current data open', async () => {
    const current = { ...regie, close: vi.fn(async () => undefined) };
    const { d } = deps(async () => regie, [() => 0, BUTTON.cancel]);
    expect(await restoreWhileRunning({ ...d, current })).toBe(current);
    expect(current.close).not.toHaveBeenCalled();
    expect(d.restoreBackup).not.toHaveBeenCalled();
  });
});
