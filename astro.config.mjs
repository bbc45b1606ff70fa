// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { freshContentStore } from './src/integrations/fresh-content-store.ts';
import { articleFeatures, articleParagraphs } from './src/lib/mdx/article-paragraphs.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { mapTiming } from './src/integrations/map-timing.ts';

// The site's folder on its host: "/" normally; `npm run build:subpath` builds it for "/atlas/".
const base = process.env.ATLAS_BASE ?? '/';
const redirects = parse(readFileSync(new URL('./content/redirects.yaml', import.meta.url), 'utf8')) ?? {};

export default defineConfig({
	// The public address: canonical URLs, hreflang, cards, feeds and open data are absolute.
	site: process.env.ATLAS_SITE ?? 'https://atlas-chine-kirghizistan.example',
	trailingSlash: 'always',
	base,
	// Moved or alternative addresses (content/redirects.yaml); the permalink check relies on them.
	// Astro 7 does not put the base in front of a redirect's destination, so this does.
	redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, `${base.replace(/\/$/, '')}${to}`])),
	// Keep the whitespace between elements: compressed, "<dt>Date</dt><dd>juin 2022" reads as one word
	// "Datejuin" to Pagefind, screen readers and copy-paste.
	compressHTML: false,
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		// Both languages are prefixed; the root page lets the visitor choose.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// Articles are MDX compiled by Sätteri, Astro 7's processor: the plugin numbers their paragraphs
	// and reports their texts; the content check compiles them the same way (lib/mdx/).
	integrations: [freshContentStore(), contentIntegrity(), mdx({ processor: satteri({ mdastPlugins: [articleParagraphs], features: articleFeatures }) }), mapTiming(), searchIndex(), socialCards()],
	// The press texts have no code; Shiki's inline styles would also break the CSP below.
	markdown: { syntaxHighlight: false },
	// A Content-Security-Policy <meta> on every page; Astro adds the hashes of its own scripts and
	// styles, so nothing inline runs unless Astro emitted it. Pagefind compiles WebAssembly
	// ('wasm-unsafe-eval'); it searches on the page's thread, so no worker may start.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"connect-src 'self'",
				"img-src 'self'",
				"worker-src 'none'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
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
