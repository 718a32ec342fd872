// Types for e2e-electron-copy.mjs (plain JavaScript: the workflow runs it right after packaging).
/** The executable inside an unpacked build: linux-unpacked/regie, win-unpacked/Regie.exe, Regie.app/…/Regie. */
export declare function executableIn(unpacked: string, platform?: NodeJS.Platform): string;
