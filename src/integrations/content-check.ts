// Fails the build on any content problem, with the same messages as `npm run validate`.
// Astro 7 only logs a dangling reference() and builds anyway; this makes it an error.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { keepTreeForBuild, readContentTree } from '../lib/content-files.ts';
import { formatProblem, validateContent } from '../lib/validate.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'civic-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const tree = readContentTree(root);
        keepTreeForBuild(root, tree);
        const { problems } = validateContent(tree.files, tree);
        if (!problems.length) return;
        for (const p of problems) logger.error(formatProblem(p));
        // Every problem is already on its own line above; a stack trace into this file would only bury them
        // (Astro prints one for any error that has a stack).
        const error = new Error(`${problems.length} content problem(s); fix them and build again (npm run validate lists them).`);
        error.stack = '';
        throw error;
      },
    },
  };
}
