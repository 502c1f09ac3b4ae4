// Regions for the search page's Region facet, by ISO 3166-1 alpha-2 code (XK for Kosovo, as the schemas use).
// Where the OSCE has field operations, its own regional grouping of them is used (the OSCE's list of field
// operations by region: South-Eastern Europe, Eastern Europe, South Caucasus, Central Asia). Everywhere
// else the UN M49 sub-region (United Nations Statistics Division, "Standard country or area codes for
// statistical use"): Western, Northern, Southern and Eastern Europe, Northern America. One region per
// country; a country missing here has no region (tests/unit/search-regions.test.ts checks the catalogue's).

export const REGION_OF: Record<string, string> = {
  // OSCE field-operation regions.
  AL: 'South-Eastern Europe', BA: 'South-Eastern Europe', XK: 'South-Eastern Europe', ME: 'South-Eastern Europe',
  MK: 'South-Eastern Europe', RS: 'South-Eastern Europe',
  MD: 'Eastern Europe', UA: 'Eastern Europe',
  AM: 'South Caucasus', AZ: 'South Caucasus', GE: 'South Caucasus',
  KZ: 'Central Asia', KG: 'Central Asia', TJ: 'Central Asia', TM: 'Central Asia', UZ: 'Central Asia',
  // UN M49 sub-regions.
  BY: 'Eastern Europe', PL: 'Eastern Europe', SK: 'Eastern Europe', RU: 'Eastern Europe', CZ: 'Eastern Europe',
  HU: 'Eastern Europe', RO: 'Eastern Europe', BG: 'Eastern Europe',
  AT: 'Western Europe', BE: 'Western Europe', DE: 'Western Europe', FR: 'Western Europe', NL: 'Western Europe',
  CH: 'Western Europe', LU: 'Western Europe', LI: 'Western Europe', MC: 'Western Europe',
  GB: 'Northern Europe', IE: 'Northern Europe', DK: 'Northern Europe', SE: 'Northern Europe', NO: 'Northern Europe',
  FI: 'Northern Europe', IS: 'Northern Europe', EE: 'Northern Europe', LV: 'Northern Europe', LT: 'Northern Europe',
  IT: 'Southern Europe', ES: 'Southern Europe', PT: 'Southern Europe', GR: 'Southern Europe', MT: 'Southern Europe',
  SI: 'Southern Europe', HR: 'Southern Europe', CY: 'Western Asia', TR: 'Western Asia', MN: 'Eastern Asia',
  SM: 'Southern Europe', AD: 'Southern Europe', VA: 'Southern Europe',
  US: 'Northern America', CA: 'Northern America',
};

export const REGIONS = [...new Set(Object.values(REGION_OF))].sort();

/**
 * An entry's regions: those of its countries, and any region its title or summary names in words (the
 * Central Asian networking events name no country, but say "Central Asia").
 */
export function regionsOf(countryCodes: string[], text: string): string[] {
  const out = new Set(countryCodes.map((c) => REGION_OF[c]).filter(Boolean));
  for (const region of REGIONS) if (new RegExp(`\\b${region.replace('-', '[- ]')}\\b`, 'i').test(text)) out.add(region);
  // "Central Asian" (the adjective) names the region as well.
  if (/\bCentral Asian\b/i.test(text)) out.add('Central Asia');
  return [...out].sort();
}
