// The installer configuration cannot be exercised here (electron-builder downloads Electron and NSIS),
// so check it the way electron-builder itself does before a build: its own loader and schema validation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = nodePath.resolve(import.meta.dirname, '..', '..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  /** getConfig normalises the list into file sets. */
  files?: { filter: string[] }[];
  asarUnpack?: string[];
  npmRebuild?: boolean;
  nodeGypRebuild?: boolean;
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string; name: string; role: string; icon: string }[];
  win?: { target: { target: string }[]; icon: string };
  nsis?: Record<string, unknown>;
  linux?: { target: { target: string }[]; category: string; icon: string };
  mac?: { target: { target: string }[]; icon: string };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
}

const configModule = require('app-builder-lib/out/util/config/config') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', async () => {
  const config = await configModule.getConfig(root, null, null);

  it('passes electron-builder’s own schema validation', async () => {
    await expect(configModule.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packages the bundles only, unpacks native modules, never rebuilds them', () => {
    expect(config.appId).toBe('nl.regie.app');
    expect(config.productName).toBe('Regie');
    expect(config.files?.[0]?.filter).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('flips the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      // Flipped fuses break Electron's ad-hoc signature; unsigned, Apple silicon would refuse to start Regie.
      resetAdHocDarwinSignature: true,
    });
  });

  it('builds a per-user NSIS installer and a portable exe, AppImage and deb, dmg', () => {
    expect(config.win?.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(config.linux?.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target.map((t) => t.target)).toEqual(['dmg']);
  });

  it('associates .regie files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'regie', name: 'Regie-vergaderpakket', role: 'Editor', icon: 'regie' }),
    ]);
  });

  it('points at icons that exist and are what they claim to be', () => {
    const read = (file: string) => readFileSync(nodePath.join(root, file));
    const ico = read(config.win!.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256);
    for (let i = 0; i < count; i += 1) {
      const length = ico.readUInt32LE(6 + 16 * i + 8);
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const png = ico.subarray(offset, offset + 4).toString('latin1') === '\x89PNG';
      expect(png || ico.readUInt32LE(offset) === 40).toBe(true); // PNG or BITMAPINFOHEADER
    }
    expect(read('build/regie.ico').readUInt16LE(4)).toBe(count);
    for (const icns of [config.mac!.icon, 'build/regie.icns']) {
      const data = read(icns);
      expect(data.subarray(0, 4).toString('latin1')).toBe('icns');
      expect(data.readUInt32BE(4)).toBe(data.length);
    }
    const png = read('build/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const linux256 = read(nodePath.join(config.linux!.icon, '256x256.png'));
    expect([linux256.readUInt32BE(16), linux256.readUInt32BE(20)]).toEqual([256, 256]);
  });
});
