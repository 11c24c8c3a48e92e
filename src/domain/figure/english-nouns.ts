/**
 * Counted nouns in English figures (`1,300 people`, `45 schools`). English
 * marks a count by the plural, so any plural noun after a number counts it
 * (`45 schools`, `12 widgets`); the singular is read only for the nouns
 * below, which English-language statistics count most (population,
 * households, enterprises, jobs, facilities; the headings of the UN and
 * Eurostat statistical yearbooks), and irregular plurals are listed. A word
 * that is never a counted noun (a function word, a verb form) never becomes
 * one, and the unit is the noun in the singular, so `people` and `persons`
 * are one unit and `45 schools` agrees with `45 new schools`.
 */

/** Nouns read as counts in the singular too, and the irregular plurals, each with its singular. */
const COUNT_NOUNS: Record<string, string> = Object.fromEntries([
  ...[
    'person', 'resident', 'household', 'family', 'job', 'company', 'firm', 'enterprise', 'business', 'project', 'school', 'tree',
    'village', 'town', 'city', 'county', 'district', 'community', 'student', 'teacher', 'worker', 'employee', 'volunteer', 'member',
    'patient', 'visitor', 'tourist', 'farmer', 'hospital', 'clinic', 'bed', 'home', 'house', 'dwelling', 'building', 'vehicle', 'bus',
    'car', 'ship', 'vessel', 'trip', 'visit', 'event', 'meeting', 'course', 'training', 'organisation', 'organization', 'site', 'station',
    'plant', 'factory', 'unit', 'item', 'case', 'application', 'loan', 'grant', 'beneficiary', 'participant', 'graduate', 'apprentice',
    'official', 'doctor', 'nurse', 'seedling', 'animal', 'pig', 'cow', 'country', 'province', 'branch', 'office', 'centre', 'center',
    'facility', 'well', 'bridge', 'road', 'kindergarten', 'library', 'park', 'shop', 'store', 'market', 'cooperative', 'contract',
    'agreement', 'policy', 'programme', 'program', 'initiative', 'product', 'patent', 'post', 'position', 'vacancy', 'place', 'seat',
    'container', 'passenger', 'flight', 'turbine', 'panel', 'pupil', 'child', 'woman', 'man', 'adult', 'youth',
  ].map((word) => [word, word]),
  ['people', 'person'], ['persons', 'person'], ['children', 'child'], ['women', 'woman'], ['men', 'man'], ['youths', 'youth'],
  ['staff', 'staff'], ['personnel', 'personnel'], ['cattle', 'cattle'], ['sheep', 'sheep'], ['livestock', 'livestock'], ['fish', 'fish'],
  ['aircraft', 'aircraft'], ['series', 'series'], ['species', 'species'], ['TEU', 'TEU'], ['TEUs', 'TEU'],
]);

/**
 * Words that describe the counted noun and may stand between the number and
 * it (`45 new schools`, `1,300 low-income households`): the noun decides
 * the unit, so these are left out of it.
 */
const MODIFIERS = new Set(
  [
    'new', 'additional', 'extra', 'more', 'other', 'local', 'rural', 'urban', 'small', 'large', 'big', 'young', 'old', 'elderly', 'older',
    'low-income', 'poor', 'vulnerable', 'full-time', 'part-time', 'permanent', 'temporary', 'existing', 'registered', 'active', 'public',
    'private', 'primary', 'secondary', 'major', 'key', 'green', 'direct', 'indirect', 'skilled', 'qualified', 'trained', 'certified',
    'disabled', 'migrant', 'foreign', 'international', 'national', 'regional', 'municipal', 'affordable', 'social', 'native', 'mature',
    'female', 'male', 'senior', 'junior', 'high-tech', 'high-quality', 'quality', 'decent', 'paid', 'unpaid', 'residential', 'industrial',
    'commercial', 'agricultural', 'community', 'council', 'state-owned', 'small-scale', 'large-scale', 'medium-sized', 'listed',
  ].map((word) => word.toLowerCase()),
);

/**
 * Units of measure outside the catalogue, which are never counted nouns: `4
 * million gallons` (US or imperial?) and `25 degrees` (a temperature or an
 * angle) are refused, not counted.
 */
export const UNITS_NOT_COUNTED = [
  'gallons', 'degrees', 'ounces', 'inches', 'yards', 'bushels', 'carats', 'knots', 'volts', 'kilovolts', 'amps', 'amperes', 'decibels',
  'calories', 'kilocalories', 'pints', 'quarts', 'therms', 'microns', 'hertz', 'bytes', 'kilobytes', 'megabytes', 'gigabytes', 'terabytes',
  'petabytes',
];

/** Words after a number that are never its counted noun, though some end in -s. */
const NEVER_NOUNS = new Set([
  'as', 'is', 'was', 'has', 'its', 'this', 'thus', 'us', 'yes', 'plus', 'less', 'unless', 'whereas', 'besides', 'towards', 'across', 'always',
  'perhaps', 'afterwards', 'upwards', 'downwards', 'sometimes', 'various', 'previous', 'serious', 'numerous', 'famous', 'status', 'versus',
  'percent', 'times', 'minus', 'ones', 'others', 'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'does', 'goes', 'remains', 'becomes',
  'comes', 'includes', 'represents', 'means', 'makes', 'takes', 'gives', 'shows', 'marks', 'reaches', 'exceeds', 'rises', 'falls', 'grows',
  'stands', 'accounts', 'equals', 'totals', 'amounts', 'covers', 'serves', 'needs', 'receives', 'lives', 'works', 'uses', 'per', 'cents',
  'plans', 'aims', 'seeks', 'helps', 'brings', 'says', 'gets', 'sets', 'puts', 'runs', 'tens', 'hundreds', 'thousands', 'millions',
  'billions', 'dozens', 'pounds', 'dollars', 'euros', 'rupees', 'yuan', 'yen',
  'cents', 'pence', 'lakhs', 'crores', 'percentiles',
  ...UNITS_NOT_COUNTED,
]);

/**
 * Whether `word` is a counted noun, and its singular (the unit's symbol) if
 * so. Letter case does not matter (`Jobs`, `JOBS`, `11 States` in a
 * headline); an acronym takes a plural `s` and keeps its capitals (`15
 * FCHVs` counts `FCHV`, `20 NGOs` counts `NGO`).
 */
export function countedNoun(word: string, value: number): string | undefined {
  const listed = COUNT_NOUNS[word] ?? COUNT_NOUNS[word.toLowerCase()];
  if (listed) return listed;
  const acronym = /^([A-Z][A-Z0-9]*[A-Z])s$/.exec(word);
  if (acronym && value !== 1) return acronym[1];
  const lower = word.toLowerCase();
  // A plural of any noun counts, when the number is not one: 12 widgets.
  if (value === 1 || !isPlural(lower)) return undefined;
  return singular(lower);
}

/** Whether a word (in lower case) has the form of a plural noun: `schools`, `companies`, not `various`, `business`, `economics`. */
function isPlural(lower: string): boolean {
  return !NEVER_NOUNS.has(lower) && /^[a-z][a-z-]*[^s'u]s$/.test(lower) && !/(ness|ous|ics)$/.test(lower);
}

/** Whether `word` may stand between a number and its counted noun (see `isDescribingWord` for the open rule). */
export function isModifier(word: string): boolean {
  return MODIFIERS.has(word.toLowerCase());
}

/**
 * Words that never describe a counted noun: function words, pronouns,
 * auxiliaries and the words that begin a clause. A figure's noun phrase
 * stops before them (`300 jobs in Ohio`).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `of and or to in on at by for from with as is was are were be been being has have had will would can could may might shall should must
  the a an that which who whom whose this these those it its than then per out up down into onto over under between after before during
  since until till through across within without about around against among along if but so not no nor also more less each every all
  both either neither am pm a.m. p.m. while when where whereas because though although yet still only even just further via versus vs
  respectively above below beyond near next plus minus overall alone together apart do does did done get got make made said says say
  their our your his her my they we you he she i me us them there here what how why some any many much most such same own other another
  each per cent percent times`.split(/\s+/),
);

/**
 * Nouns that, right after a number, say what the next noun measures rather
 * than what is counted: `2 bedroom homes` are homes with two bedrooms, `5
 * star hotels` hotels with five stars. A phrase that starts with one is
 * refused: written `2-bedroom homes` or `two-bedroom homes` it is unambiguous.
 */
export const MEASURING_NOUNS: ReadonlySet<string> = new Set([
  'bedroom', 'bed', 'room', 'storey', 'story', 'star', 'door', 'hole', 'person', 'man', 'seat', 'lane', 'berth', 'page', 'step', 'point',
  'piece', 'wheel', 'cylinder', 'speed', 'track', 'bay', 'bath', 'bathroom', 'screen', 'stage',
]);

const MONTH_NAMES = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Whether a word may describe the counted noun that follows it in a figure
 * (`282 wind turbines`, `2,374 enumerated houses`, `some 2,464
 * Nasdaq-listed stocks`, `more than 220,000 average Victorian homes`): an
 * adjective, a participle, a proper adjective, a hyphenated compound or a
 * noun used as an adjective, in any letter case. Not: function words, plural
 * nouns (a plural ends the phrase: it is the counted noun), number words,
 * month names, and words with digits or other signs.
 */
export function isDescribingWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z'-]*[a-z]$|^[a-z]$/.test(lower) || FUNCTION_WORDS.has(lower) || MONTH_NAMES.test(lower)) return false;
  if (isPlural(lower) || COUNT_NOUNS[lower] !== undefined && COUNT_NOUNS[lower] !== lower) return false;
  return !/^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)$/.test(lower);
}

/**
 * A counted noun phrase at the start of `text`, after the number: up to
 * four describing words (see `isDescribingWord`) and the counted noun, each
 * after one space; the phrase ends at the noun. The unit is the noun alone,
 * in the singular, so `282 wind turbines` counts `turbine` and agrees with
 * `282 turbines`, as `45 new schools` agrees with `45 schools`.
 * `isUnitWord` tells the nouns that are units of measure (`5 nautical
 * miles`), which are no counted nouns. Returns undefined when the words do
 * not end in a counted noun, or the reason when they must be refused.
 */
export function readCountedPhrase(text: string, value: number, isUnitWord: (word: string) => boolean): { symbol: string; length: number } | { refused: string } | undefined {
  const words = [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].slice(0, 5);
  // A noun counted in the singular (school) may still describe the next one (45 school buses): it is the counted
  // noun only where the phrase ends with it.
  let singularHead: { symbol: string; length: number } | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    // Words follow one another with single spaces: "45 schools, 3 parks" stops at the comma.
    const before = index === 0 ? 0 : words[index - 1]!.index! + words[index - 1]![0].length;
    if (text.slice(before, word.index) !== (index === 0 ? '' : ' ')) break;
    const symbol = countedNoun(word[0], value);
    const phrase = () => words.slice(0, index + 1).map((item) => item[0]).join(' ');
    if (symbol && !(symbol === word[0].toLowerCase() && isDescribingWord(word[0]))) {
      if (isUnitWord(word[0])) return { refused: `"${phrase()}" is a unit of measure with a word Casebook does not know before it` };
      if (index > 0 && MEASURING_NOUNS.has(words[0]![0].toLowerCase())) {
        return { refused: `"${phrase()}": "${words[0]![0]}" right after the number may say what each of the ${word[0]} has (2 bedroom homes) rather than how many there are; write it with a hyphen (2-bedroom homes) or declare the count alone` };
      }
      return { symbol, length: word.index! + word[0].length };
    }
    // 7 World Trade Center: a singular noun after capitalised words is a name, not a count.
    const named = words.slice(0, index + 1).some((item) => /^[A-Z][a-z]/.test(item[0]));
    if (symbol) singularHead = named ? undefined : { symbol, length: word.index! + word[0].length };
    else if (!isDescribingWord(word[0])) break;
    else singularHead = undefined;
  }
  return singularHead;
}

/** `word` in the singular, by the regular rules: `companies` → `company`, `buses` → `bus`, `schools` → `school`. */
function singular(word: string): string {
  const same = COUNT_NOUNS[word];
  if (same) return same;
  // houses → house, buses → bus: a listed singular decides where the rules would not.
  for (const cut of [1, 2]) {
    const listed = COUNT_NOUNS[word.slice(0, -cut)];
    if (listed) return listed;
  }
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses|zes|uses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The nouns read as counts in the singular, for the unit reference. */
export const LISTED_COUNT_NOUNS = Object.keys(COUNT_NOUNS);
