import { useBase } from '../domain/urls.ts';

// Pages and components link under Astro's `base` (CASEBOOK_BASE): the URLs module adds it once it is told.
// Imported first by the site's data module and the layout, so it runs before any page renders.
useBase(import.meta.env.BASE_URL);
