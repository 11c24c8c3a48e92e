// Chinese text often sets figures in full-width forms (１２３个, ４５％, １．２万). The figure reader folds the forms a
// figure is made of to ASCII, one UTF-16 unit for one, so an offset into the folded text is the same offset into the
// text as written: a claim is reported at its place and quoted as the editor typed it. Only digits, Latin letters
// (ｋｍ, ＭＷ), ％ and ． are folded: full-width ，：；（） are Chinese punctuation, not the ASCII marks they resemble
// (１２，３００ is two numbers in a list, not 12,300), and NFKC would change lengths (㎡ → m2).
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％．]/gu;

// Full-width forms U+FF01–FF5E sit at a fixed distance from ASCII U+0021–007E.
const OFFSET = 0xff01 - 0x21;

/**
 * `text` with full-width digits, Latin letters, ％ and ． written as their
 * ASCII forms, and nothing else changed; the result has the same length, so
 * offsets map back one for one.
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - OFFSET));
}
