import { describe, expect, it } from 'vitest';
import { barChart } from './bars.ts';

describe('bar charts', () => {
  it('draws bars on one scale and escapes every label', () => {
    const svg = barChart(
      [
        { label: '<script>甲</script>', value: 100, display: '100家' },
        { label: '乙', value: 50, display: '50家' },
      ],
      { title: 'A & B' },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;甲&lt;/script&gt;');
    expect(svg).toContain('<title>A &amp; B</title>');
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeGreaterThan(0);
    expect(widths[0]).toBeCloseTo(widths[1]! * 2, 0);
  });
});
