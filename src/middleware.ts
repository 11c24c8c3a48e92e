import { defineMiddleware } from 'astro:middleware';
import { currentModel, sharedModel } from './casebook/shared-model.ts';
import { contentError } from './site/content-error.ts';

// `npm run dev` only: every page request asks for the current casebook (checked again when a content file or
// source text changed) and, while it has errors, shows them in Astro's error overlay at their file and line
// instead of a stale or broken page. Fixing the content and saving clears it. The build refuses such a
// casebook before rendering anything, so this never runs there.
export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) {
    const model = await currentModel({ fresh: true });
    if (model.diagnostics.length > 0) throw contentError(model.diagnostics, sharedModel().options?.root ?? process.cwd());
  }
  return next();
});
