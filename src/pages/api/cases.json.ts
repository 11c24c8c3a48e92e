import type { APIRoute } from 'astro';
import { getCases } from '../../site/data';
import { casesJson } from '../../build/exports/cases';
import { site } from '../../site.config';

/** Every published case's metadata as versioned JSON (shape documented in the README). */
export const GET: APIRoute = async () => new Response(casesJson(await getCases(), site.url), { headers: { 'content-type': 'application/json; charset=utf-8' } });
