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

/** Words after a number that are never its counted noun, though some end in -s. */
const NEVER_NOUNS = new Set([
  'as', 'is', 'was', 'has', 'its', 'this', 'thus', 'us', 'yes', 'plus', 'less', 'unless', 'whereas', 'besides', 'towards', 'across', 'always',
  'perhaps', 'afterwards', 'upwards', 'downwards', 'sometimes', 'various', 'previous', 'serious', 'numerous', 'famous', 'status', 'versus',
  'percent', 'times', 'minus', 'ones', 'others', 'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'does', 'goes', 'remains', 'becomes',
  'comes', 'includes', 'represents', 'means', 'makes', 'takes', 'gives', 'shows', 'marks', 'reaches', 'exceeds', 'rises', 'falls', 'grows',
  'stands', 'accounts', 'equals', 'totals', 'amounts', 'covers', 'serves', 'needs', 'receives', 'lives', 'works', 'uses', 'per', 'cents',
  'plans', 'aims', 'seeks', 'helps', 'brings', 'says', 'gets', 'sets', 'puts', 'runs', 'tens', 'hundreds', 'thousands', 'millions',
  'billions', 'dozens', 'pounds', 'dollars', 'euros', 'rupees', 'yuan', 'yen',
]);

/** Whether `word` is a counted noun, and its singular (the unit's symbol) if so. */
export function countedNoun(word: string, value: number): string | undefined {
  const listed = COUNT_NOUNS[word] ?? COUNT_NOUNS[word.toLowerCase()];
  if (listed) return listed;
  const lower = word.toLowerCase();
  // A plural of any noun counts, when the number is not one: 12 widgets.
  if (value === 1 || word !== lower || NEVER_NOUNS.has(lower) || !/^[a-z][a-z-]*[^s'u]s$/.test(lower) || /(ness|ous|ics)$/.test(lower)) return undefined;
  return singular(lower);
}

/** Whether `word` may stand between a number and its counted noun. */
export function isModifier(word: string): boolean {
  return MODIFIERS.has(word.toLowerCase());
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
