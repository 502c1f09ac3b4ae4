// Alignment of our vocabularies with open standards: every organization role and every status has an
// explicit IATI mapping (a code of the IATI codelist, or null), and schema.json says so.
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/lib/data-export.ts';
import { ROLE_NOTE, STATUS_NOTE, alignmentNote } from '../../src/schemas/fields.ts';
import {
  IATI_ACTIVITY_STATUSES, IATI_ORGANISATION_ROLES, ORGANIZATION_ROLES, ORGANIZATION_ROLE_IATI, STATUSES, STATUS_IATI,
} from '../../src/schemas/vocabularies.ts';

const MAPPINGS = [
  { name: 'organization roles', keys: ORGANIZATION_ROLES, mapping: ORGANIZATION_ROLE_IATI, codelist: IATI_ORGANISATION_ROLES, size: 4, note: ROLE_NOTE },
  { name: 'statuses', keys: STATUSES, mapping: STATUS_IATI, codelist: IATI_ACTIVITY_STATUSES, size: 6, note: STATUS_NOTE },
] as const;

describe.each(MAPPINGS)('IATI mapping of $name', ({ keys, mapping, codelist, size, note }) => {
  const map = mapping as Record<string, number | null>;

  it('has an explicit entry, a code or null, for every key and for nothing else', () => {
    expect(Object.keys(map)).toEqual(Object.keys(keys));
    for (const key of Object.keys(keys)) {
      expect(Object.hasOwn(map, key), key).toBe(true);
      expect(map[key] === null || Number.isInteger(map[key]), key).toBe(true);
    }
  });

  it('uses only codes of the IATI codelist, which numbers its codes from 1', () => {
    const codes = Object.keys(codelist).map(Number);
    expect(codes).toEqual(Array.from({ length: size }, (_, i) => i + 1));
    for (const [key, code] of Object.entries(map)) if (code !== null) expect(codes, key).toContain(code);
    expect(Object.values(map).some((code) => code !== null)).toBe(true);
  });

  it('is stated in words: each mapped key with its code and name, each unmapped key as having none', () => {
    for (const [key, code] of Object.entries(map)) {
      if (code !== null) expect(note, key).toContain(`${key} = IATI `);
      if (code !== null) expect(note, key).toContain(`code ${code} ${(codelist as Record<number, string>)[code]}`);
    }
    const unmapped = Object.keys(map).filter((k) => map[k] === null);
    if (unmapped.length) expect(note).toContain(`equivalent: ${unmapped.join(', ')}`);
  });
});

describe('the alignment notes', () => {
  it('are built from the mapping', () => {
    expect(alignmentNote('X', { a: 1, b: null, c: 2 }, { 1: 'One', 2: 'Two' })).toBe('a = X code 1 One; c = X code 2 Two; no X equivalent: b');
    expect(alignmentNote('X', { a: 1 }, { 1: 'One' })).toBe('a = X code 1 One');
  });

  it('reach schema.json on every role field and on the project status', () => {
    const { $defs } = jsonSchema();
    const roleFields = [
      $defs.projects.properties?.organizations.items?.properties?.role,
      $defs.projects.properties?.partnerMissions.items?.properties?.role,
      $defs.subprojects.properties?.organizations.items?.properties?.role,
      $defs.subprojects.properties?.partnerMissions.items?.properties?.role,
    ];
    for (const field of roleFields) {
      expect(field?.enum).toEqual(Object.keys(ORGANIZATION_ROLES));
      expect(field?.description).toContain(ROLE_NOTE);
    }
    expect($defs.projects.properties?.status.description).toContain(STATUS_NOTE);
    expect(ROLE_NOTE).toContain(`implementer = IATI OrganisationRole code ${ORGANIZATION_ROLE_IATI.implementer} ${IATI_ORGANISATION_ROLES[ORGANIZATION_ROLE_IATI.implementer!]}`);
  });

  it('reach schema.json for the themes’ OECD DAC CRS purpose code', () => {
    const dac = jsonSchema().$defs.themes.properties?.dacSector;
    expect(dac?.description).toMatch(/OECD DAC CRS purpose code/);
    expect(dac?.properties?.code.description).toMatch(/OECD DAC CRS purpose code: five digits/);
    expect(dac?.properties?.code.pattern).toBe('^\\d{5}$');
    expect(dac?.required).toEqual(['code', 'name']);
    expect(jsonSchema().$defs.themes.required ?? []).not.toContain('dacSector');
  });
});
