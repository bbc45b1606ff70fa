/** Escapes text for XML content and attribute values: escapeXml('a < "b"') → 'a &lt; &quot;b&quot;'. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}
