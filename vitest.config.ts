import { defineConfig } from 'vitest/config';

// Unit tests cover pure code and the CLIs; they need no Astro runtime, because the schemas
// take their reference function as a parameter.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
