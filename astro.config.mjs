// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';

export default defineConfig({
	site: 'https://atlas-chine-kirghizistan.example',
	trailingSlash: 'always',
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		// Both languages are prefixed; the root page lets the visitor choose.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [contentIntegrity(), mdx()],
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// Every MDX module triggers MODULE_LEVEL_DIRECTIVE (withastro/astro#18087); harmless.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
