import { defineMiddleware } from 'astro:middleware';
import { currentModel, sharedModel } from './model/shared-model.ts';
import { contentError } from './site/content-error.ts';

// `npm run dev` only: while the current casebook has errors, every page shows them in Astro's error overlay at
// their file and line instead of a stale or broken page. The integration checks the casebook again on every
// save and only then reloads the page; a request that comes sooner (Astro reloads a failed page on any file
// change, at once) waits for that check in `currentModel`, so the model read here is current and no file is
// looked at per request. Fixing the content and saving clears it. The build refuses such a casebook before rendering
// anything, so this never runs there.
export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) {
    const model = await currentModel();
    if (model.diagnostics.length > 0) throw contentError(model.diagnostics, sharedModel().options?.root ?? process.cwd());
  }
  return next();
});
