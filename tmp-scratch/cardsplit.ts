import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
const require = createRequire(import.meta.url);
const fonts = (['latin', 'latin-ext'] as const).flatMap((subset) => ([400, 700] as const).map((weight) => ({ name: 'Noto Sans', data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)), weight, style: 'normal' as const })));
const box = (style: any, children: any) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
const tree = (i: number) => box({ width: 1200, height: 630, flexDirection: 'column', padding: '56px 72px', background: '#fdfcfa', fontFamily: 'Noto Sans', borderTop: '18px solid #a3271f' }, [box({ fontSize: 58, fontWeight: 700 }, 'Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (25 avril 2025) ' + i), box({ fontSize: 32 }, '25 avril 2025 · Almaty, Kazakhstan')]);
let a = 0, b = 0, c = 0;
for (let i = 0; i < 20; i++) {
  let t = performance.now();
  const svg = await satori(tree(i) as any, { width: 1200, height: 630, fonts });
  a += performance.now() - t; t = performance.now();
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
  b += performance.now() - t; t = performance.now();
  const png = r.asPng();
  c += performance.now() - t;
  if (i === 0) console.log('png bytes', png.length, 'svg bytes', svg.length);
}
console.log('satori', a / 20, 'resvg render', b / 20, 'asPng', c / 20);
