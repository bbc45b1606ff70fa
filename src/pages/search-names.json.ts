/** /search-names.json: every exact name search knows, folded (lib/site/search-index.ts); the search page fetches it with Pagefind. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../lib/content.ts';
import { exactNames } from '../lib/site/search-index.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(exactNames(await loadAtlas())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
