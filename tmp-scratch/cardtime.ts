import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { renderCard } from '../src/lib/share/render-card.ts';
const content = { kind: 'Rencontre', title: 'Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (25 avril 2025)', lines: ['25 avril 2025 · Almaty, Kazakhstan', 'Wang Yi, Jeenbek Kouloubaev'], site: 'Atlas Chine–Kirghizistan' } as any;
await renderCard(content);
let t = performance.now();
for (let i = 0; i < 20; i++) await renderCard({ ...content, title: content.title + i });
console.log('renderCard ms', (performance.now() - t) / 20);
