/** The metadata file of a source (`content/sources/<id>.yaml`): what is known of a text that the text does not say. */
import { stringify as toYaml } from 'yaml';

/** What a curator may give when importing a text, and the metadata records. */
export interface CuratorGiven {
	year?: number;
	date?: string;
	/** Why the curator gave that date, in their words. */
	dateBasis?: string;
	url?: string;
}

/**
 * The metadata file of a source. What a curator wrote by hand (publisher, url, note) is kept;
 * what describes the text (file name, SHA-256) follows the text, and what the curator gave (year,
 * date and why, url) is recorded.
 */
export function sourceMetadata(previous: Record<string, any> | undefined, originalFilename: string, sha256: string, given: CuratorGiven): string {
	const metadata = {
		language: 'fr',
		originalFilename,
		sha256,
		publisher: previous?.publisher ?? null,
		url: given.url ?? previous?.url ?? null,
		...(given.year !== undefined ? { year: given.year } : {}),
		...(given.date !== undefined ? { date: given.date } : {}),
		...(given.dateBasis !== undefined ? { dateBasis: given.dateBasis } : {}),
		...(previous?.note ? { note: previous.note } : {}),
	};
	return `# What is known about ${originalFilename} that the text does not say. publisher, url and note are\n# edited by hand; the ingest writes the rest.\n${toYaml(metadata, { lineWidth: 0 })}`;
}

/** What the curator gave when the text was imported, as its metadata records it: givenIn({ url: "https://…", publisher: "X" }) → { url: "https://…" }. */
export function givenIn(metadata: Record<string, any> | undefined): CuratorGiven {
	return {
		...(metadata?.year !== undefined ? { year: metadata.year } : {}),
		...(metadata?.date !== undefined ? { date: metadata.date } : {}),
		...(metadata?.dateBasis !== undefined ? { dateBasis: metadata.dateBasis } : {}),
		...(metadata?.url ? { url: metadata.url } : {}),
	};
}
