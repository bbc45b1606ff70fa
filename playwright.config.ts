import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// Playwright cannot download its own browsers here: it drives the system Chromium
// (Debian's package), which `npm test` installs when it is missing.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A port nobody listens on now, asked of the system (synchronously: the config is not async). */
function freePort(): string {
	const script = "const s = require('node:net').createServer().listen(0, 'localhost', () => { console.log(s.address().port); s.close(); })";
	return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

// The suite serves the builds it tests itself, on free ports of its own, rather than through
// `astro preview` (Astro 7 runs one preview per project): so it passes beside `npm start` or
// `npm run dev`. Workers load this file again; the ports chosen first reach them through the
// environment.
process.env.E2E_PORT ??= freePort();
process.env.E2E_SUBPATH_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
const subpathPort = Number(process.env.E2E_SUBPATH_PORT);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			// Without these, Chromium keeps trying to reach Google's services on a closed network.
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
		},
	},
	webServer: [
		{
			// The build of `npm run build`, served from the root.
			command: `node tests/e2e/static-server.ts dist / ${port}`,
			url: `http://localhost:${port}/`,
		},
		{
			// The same site built under a sub-path (`npm run build:subpath`), served from /atlas/.
			command: `node tests/e2e/static-server.ts dist-subpath /atlas/ ${subpathPort}`,
			url: `http://localhost:${subpathPort}/atlas/`,
		},
	],
});
