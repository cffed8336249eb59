// A web-test-runner command, `disclosure-clipboard-access`: lets the test page read the system
// clipboard (headless Chrome grants writing to a focused page, never reading), so the editing mode's
// tests read back what its copy buttons wrote, through the real Clipboard API.

/** @returns {import('@web/test-runner-core').TestRunnerPlugin} */
export function clipboardAccessCommand() {
  return {
    name: 'disclosure-clipboard-access',
    async executeCommand({ command, session }) {
      if (command !== 'disclosure-clipboard-access') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`disclosure-clipboard-access needs a Chrome browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      await page
        .browserContext()
        .overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      return true;
    },
  };
}
