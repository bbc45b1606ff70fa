// html-validate over the built site (`npm run check:html`): the recommended rules, with three
// exceptions, each for a reason.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// The built HTML keeps the templates' indentation: compressHTML is off so that words in
		// adjacent elements (<dt>Date</dt><dd>juin 2022</dd>) stay apart for search and screen
		// readers, and blank lines inside the markup are left with their indentation.
		'no-trailing-whitespace': 'off',
		// Titles are the entry's full name and the site's name: "Établissement des relations
		// diplomatiques Chine–Kirghizistan · Atlas Chine–Kirghizistan". Cutting them at 70
		// characters would drop the words people search for.
		'long-title': 'off',
		// Astro writes its redirect pages with <!doctype html>, the pages with <!DOCTYPE html>; both
		// are the same doctype, and the redirect pages are Astro's to write.
		'doctype-style': 'off',
	},
};
