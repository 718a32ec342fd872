// Types for electron-binary.mjs (plain JavaScript so that `npm start` runs it without a build step).
export declare const PROJECT_ROOT: string;

export declare function installedElectron(): string | null;

export interface ElectronAppLaunch {
  executablePath: string;
  /** The project folder for node_modules' Electron; nothing for a packaged app (it loads its own app.asar). */
  args: string[];
  packaged: boolean;
}

export declare function findElectronApp(
  env?: Readonly<Record<string, string | undefined>>,
): ElectronAppLaunch | { missing: string };
