/**
 * The security baseline of every window. window.ts writes its webPreferences out
 * literally (so Electronegativity can check them) and tests/main/app/window.test.ts
 * proves they equal this. Kept free of electron imports.
 */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click would ask for a new window (denied anyway by setWindowOpenHandler).
    disableBlinkFeatures: 'Auxclick',
  };
}
