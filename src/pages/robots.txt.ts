/** /robots.txt: crawl everything; where the sitemap is. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/share/sitemap.ts';
import { withBase } from '../lib/site/paths.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(withBase('/sitemap.xml', import.meta.env.BASE_URL), site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
