// A report sets many case bodies on one page: each keeps the ids its case page gives it (背景, stat-…,
// footnotes), so without a scope chapter 2's links would jump to chapter 1.

/**
 * Prefixes every `id` and every same-page link (`href="#…"`) of a rendered
 * case body with `prefix`, so the body can stand beside others on one page.
 * The HTML comes from the model's renderer, which quotes every attribute
 * with `"` and escapes `<` in text, so attributes are found only inside tags.
 */
export function scopeIds(html: string, prefix: string): string {
  return html.replace(/<[a-zA-Z][^<]*?>/g, (tag) =>
    tag.replace(/(\s(?:id|aria-describedby|aria-labelledby))="([^"]*)"/g, (_, name: string, value: string) => `${name}="${value.split(' ').map((id) => (id ? `${prefix}${id}` : id)).join(' ')}"`).replace(/(\shref)="#([^"]*)"/g, (_, name: string, id: string) => `${name}="#${prefix}${id}"`),
  );
}
