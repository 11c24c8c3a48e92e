import { it, expect } from 'vitest';
import fc from 'fast-check';
import { figuresIn, findClaims } from '../src/domain/figure/scan.ts';
it('prop', () => {
    const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z%.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const fragments = ['共有', '123个', '驿站', '，', '45%', '1.2万平方米', '2022年', '10月', 'A380', '。', '近97%', '12种', ' ', '第9', '排名', '约', '2000多', '30MW', '“3个”', '1/5', '两家'];
    const read = (found: ReturnType<typeof findClaims>) =>
      found.map(({ offset, figure, unknownUnit }) => [offset, figure.printed.length, figure.value, figure.unit.dimension, figure.unit.symbol, figure.qualifier, unknownUnit]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), (parts) => {
        const half = parts.join('');
        const full = toFullWidth(half);
        const claimsOf = findClaims(full);
        expect(read(claimsOf)).toEqual(read(findClaims(half)));
        expect(claimsOf.map(({ offset, figure }) => full.slice(offset, offset + figure.printed.length))).toEqual(claimsOf.map(({ figure }) => figure.printed));
        expect(figuresIn(full).map(({ offset, figure }) => [offset, figure.normalized, figure.unit.dimension])).toEqual(
          figuresIn(half).map(({ offset, figure }) => [offset, figure.normalized, figure.unit.dimension]),
        );
      }), { numRuns: 20000 },
    );
});
