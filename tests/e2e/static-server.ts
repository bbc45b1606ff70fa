/**
 * A minimal static host: serves a built site under a base path, as a host that publishes the
 * site in a folder would. The end-to-end tests serve both builds with it (`node
 * tests/e2e/static-server.ts <folder> <base> <port>`); the benchmark serves its builds with it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` under `base` on localhost:`port`; unknown paths get the site's 404 page. */
export function startStaticServer(root: string, base: string, port: number): Server {
	/** The file a request path maps to, or undefined outside the base or the build. */
	const fileFor = (path: string): string | undefined => {
		if (!path.startsWith(base)) return undefined;
		const relative = normalize(decodeURIComponent(path.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
		const file = join(root, relative);
		if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
		return existsSync(file) ? file : undefined;
	};
	return createServer((request, response) => {
		const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': types['.html'] });
			createReadStream(join(root, '404.html')).on('error', () => response.end()).pipe(response);
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	}).listen(port, 'localhost');
}

if (import.meta.main) {
	const [folder = 'dist', base = '/', port = '4321'] = process.argv.slice(2);
	startStaticServer(join(import.meta.dirname, '..', '..', folder), base, Number(port));
}
