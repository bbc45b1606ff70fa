import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers here: it drives the system Chromium
// (Debian's package), which `npm test` installs when it is missing.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PREVIEW_PORT ?? 4399);
const subpathPort = Number(process.env.SUBPATH_PORT ?? 4398);

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
			command: `npm run preview -- --port ${port} --host localhost`,
			url: `http://localhost:${port}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
		{
			// The same site built under a sub-path (`npm run build:subpath`), served from /atlas/.
			command: `node tests/e2e/static-server.ts`,
			url: `http://localhost:${subpathPort}/atlas/`,
			env: { SUBPATH_PORT: String(subpathPort) },
			reuseExistingServer: !process.env.CI,
		},
	],
});
