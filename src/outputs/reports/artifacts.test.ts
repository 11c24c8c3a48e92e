import { describe, expect, it } from 'vitest';
import { markUntaggedAsArtifacts } from './artifacts.ts';

const mark = (content: string) => Buffer.from(markUntaggedAsArtifacts(Buffer.from(content, 'latin1'))).toString('latin1');

describe('markUntaggedAsArtifacts', () => {
  it('wraps painting outside marked content as one artifact that ends where tagged content begins', () => {
    const stream = 'q\n0 0 0 rg\n10 10 50 50 re\nf\nBT\n/F1 8 Tf\n1 0 0 1 20 20 Tm\n<0001> Tj\nET\n/P <</MCID 0 >>BDC\nBT\n<0002> Tj\nET\nEMC\nQ';
    expect(mark(stream)).toBe('q\n0 0 0 rg\n/Artifact BMC\n10 10 50 50 re\nf\nBT\n/F1 8 Tf\n1 0 0 1 20 20 Tm\n<0001> Tj\nET\n\nEMC\n/P <</MCID 0 >>BDC\nBT\n<0002> Tj\nET\nEMC\nQ');
  });

  it('marks what is painted after the last tagged content, up to the end of the stream', () => {
    expect(mark('/Span <</MCID 3>> BDC\nBT (a) Tj ET\nEMC\nBT (1 / 2) Tj ET')).toBe('/Span <</MCID 3>> BDC\nBT (a) Tj ET\nEMC\n/Artifact BMC\nBT (1 / 2) Tj ET\nEMC\n');
  });

  it('leaves clipping paths, nested marked content and strings that look like operators alone', () => {
    const stream = '0 0 100 100 re\nW* n\n/P <</MCID 0 /ActualText (BT EMC \\) BDC)>> BDC\n/Span <</ActualText <FEFF0041>>> BDC\n1 1 1 1 re f\nEMC\nEMC';
    expect(mark(stream)).toBe(stream);
  });

  it('marks images and shadings drawn outside marked content', () => {
    expect(mark('q /Im1 Do Q')).toBe('q /Artifact BMC\n/Im1 Do Q\nEMC\n');
  });
});
