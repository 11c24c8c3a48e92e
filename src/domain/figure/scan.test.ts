import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figuresIn, findClaims } from './scan.ts';

const claims = (text: string) => findClaims(text).map((claim) => `${claim.figure.printed}:${claim.figure.unit.dimension}`);

describe('claims in prose with the newer units', () => {
  it('reads percentage points as their own unit, not a count of 个', () => {
    expect(claims('占比提高了17.1个百分点。')).toEqual(['17.1个百分点:percentage-points']);
  });

  it('finds power, energy and vessels after digits, and leaves 度 and 成 after Chinese numerals as words', () => {
    expect(claims('装机30万千瓦，年发电1.2亿度，靠泊120艘。该项目三度获评，一成不变，抓好两头。')).toEqual([
      '30万千瓦:power',
      '1.2亿度:energy',
      '120艘:count',
    ]);
  });
});

describe('claims split by typesetting, and anniversaries', () => {
  it('finds a figure whose unit is set off by a space or a line break', () => {
    expect(claims('全区共 15 家企业，另有 126\n米长的叶片。')).toEqual(['15家:count', '126米:length']);
  });

  it('leaves anniversaries and spaced years alone', () => {
    expect(claims('在建党100周年之际，2022 年起步。')).toEqual([]);
  });
});

describe('positions', () => {
  it('reads a position after a ranking word, with or without 位, and leaves other ordinals alone', () => {
    expect(claims('综合排名24位，在全省位列第9。第2届论坛于第3季度举行，第一书记到岗。')).toEqual(['24位:rank', '第9:rank']);
  });
});

describe('numbers before a word the catalogue does not know', () => {
  it('flags them instead of ignoring them, and leaves times, generations, names in quotes and Latin tokens alone', () => {
    const found = findClaims('建成世界500强项目，另有12码产品。下午3点开会，90后青年参加“1861党建动车”活动，A380机型。').map(
      (claim) => `${claim.figure.printed}:${claim.unknownUnit ?? '-'}`,
    );
    expect(found).toEqual(['500:强', '12:码']);
  });
});

describe('qualifiers that belong to the word before, and runs of figures', () => {
  it('reads 近, 约, 过 and 超 as qualifiers only where they qualify the figure', () => {
    expect(claims('最近3年签约5个项目，节约20%的能耗，搞过6次座谈，年产值过10亿元，赶超3家。')).toEqual([
      '3年:duration',
      '5个:count',
      '20%:percent',
      '6次:count',
      '过10亿元:currency',
      '3家:count',
    ]);
  });

  it('keeps the qualifier or 第 that follows a figure and its punctuation, half or full width', () => {
    const found = findClaims('同比增长3.1%,约1070亿欧元;产量1722万吨稳居第四，排名第四。').map((claim) => `${claim.figure.printed}:${claim.figure.qualifier}`);
    // 居 and 排名 make 第四 a position.
    expect(found).toEqual(['3.1%:exact', '约1070亿欧元:about', '1722万吨:exact', '第四:exact', '第四:exact']);
  });

  it('reads a unit with its suffix, m3 and the lower places after 万', () => {
    expect(claims('保持1000亿立方米以上，净增477万m3，员工超过8万1000人，占全国的1/5以上。2023/5/1起施行。')).toEqual([
      '1000亿立方米以上:volume',
      '477万m3:volume',
      '超过8万1000人:count',
      '1/5以上:percent',
    ]);
  });
});

describe('full-width digits', () => {
  it('finds claims in full-width digits, ％ and ． as in ASCII, quoted as written', () => {
    expect(claims('共有１２３个驿站。')).toEqual(['１２３个:count']);
    expect(claims('共有１23个驿站，占比达４５％，面积１．２万平方米。')).toEqual(['１23个:count', '４５％:percent', '１．２万平方米:area']);
    expect(findClaims('引进１２码产品，Ａ３８０机型，２０２２年１０月。').map((claim) => `${claim.figure.printed}:${claim.unknownUnit ?? '-'}`)).toEqual(['１２:码']);
  });

  it('reads any text the same with its digits, letters, % and . in full width: same offsets, values, units and qualifiers', () => {
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
      }),
    );
  });
});
