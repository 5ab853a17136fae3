import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../src/main/app/web-preferences';

describe('secureWebPreferences', () => {
  it('keeps the security baseline of every window', () => {
    expect(secureWebPreferences('/preload.js')).toMatchObject({
      preload: '/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});
