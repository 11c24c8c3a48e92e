// opencc-js ships its dictionaries as modules without type declarations: each is one string of
// `from to|from to|…` pairs. The search index reads three of them to map traditional characters.
declare module 'opencc-js/dict/*' {
  const pairs: string;
  export default pairs;
}
