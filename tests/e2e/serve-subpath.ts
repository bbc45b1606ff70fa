/**
 * A minimal static host for the sub-path build (`npm run build:subpath`): serves dist-subpath/
 * under /atlas/, as a host that publishes the site in a folder would. Only for the end-to-end tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const subpathBase = '/atlas/';
const root = join(import.meta.dirname, '..', '..', 'dist-subpath');
const port = Number(process.env.SUBPATH_PORT ?? 4398);
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
};

/** The file a request path maps to, or undefined outside the base or the build. */
function fileFor(path: string): string | undefined {
	if (!path.startsWith(subpathBase)) return undefined;
	const relative = normalize(decodeURIComponent(path.slice(subpathBase.length))).replace(/^(\.\.[/\\])+/, '');
	const file = join(root, relative);
	if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
	return existsSync(file) ? file : undefined;
}

createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	const file = fileFor(path);
	if (!file) {
		response.writeHead(404, { 'content-type': types['.html'] });
		createReadStream(join(root, '404.html')).on('error', () => response.end()).pipe(response);
		return;
	}
	response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(port, 'localhost');
