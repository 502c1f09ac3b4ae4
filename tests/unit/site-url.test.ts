// The site's public address comes from SITE_URL, is checked, and is never replaced by a placeholder.
import { describe, expect, it } from 'vitest';
import { absoluteOr, siteUrlFrom } from '../../src/lib/site-url.ts';
import { permalinkOf } from '../../src/lib/citation.ts';
import { feedXml } from '../../src/lib/feed.ts';
import { dataPackage } from '../../src/lib/data-export.ts';

describe('SITE_URL', () => {
  it('is optional', () => {
    expect(siteUrlFrom(undefined)).toBeUndefined();
    expect(siteUrlFrom('  ')).toBeUndefined();
  });
  it('is normalised to the origin with a slash', () => {
    expect(siteUrlFrom('https://atlas.example.net')).toBe('https://atlas.example.net/');
    expect(siteUrlFrom(' https://Atlas.Example.net/ ')).toBe('https://atlas.example.net/');
    expect(siteUrlFrom('http://localhost:4321/')).toBe('http://localhost:4321/');
  });
  it.each([
    ['atlas.example.net', /expected the site's public address.*found "atlas.example.net"/],
    ['ftp://atlas.example.net/', /expected an http or https address.*ftp:/],
    ['https://example.github.io/civic-atlas/', /expected an address at a domain root, such as https:\/\/example.github.io\//],
    ['https://atlas.example.net/?x=1', /domain root/],
  ])('refuses %s with the reason', (value, message) => {
    expect(() => siteUrlFrom(value)).toThrow(message);
  });
});

describe('addresses with and without the site', () => {
  const entry = { collection: 'projects' as const, id: 'hdim' };
  it('permalinks are absolute with it and site paths without it', () => {
    expect(permalinkOf(entry, 'https://atlas.example.net/')).toBe('https://atlas.example.net/projects/hdim/');
    expect(permalinkOf(entry, undefined)).toBe('/projects/hdim/');
    expect(absoluteOr('/data/', undefined)).toBe('/data/');
  });

  const items = [{ title: 'A <b>title</b>', link: '/projects/hdim/', description: 'Text.', categories: ['Project'] }];
  it('a feed links absolutely with the site', async () => {
    const xml = await feedXml({ title: 'T', description: 'D.', items }, new URL('https://atlas.example.net/'));
    expect(xml).toContain('<link>https://atlas.example.net/projects/hdim/</link>');
    expect(xml).not.toContain('SITE_URL');
  });
  it('a feed without the site links by path and says why', async () => {
    const xml = await feedXml({ title: 'T', description: 'D.', items }, undefined);
    expect(xml).toContain('<link>/projects/hdim/</link>');
    expect(xml).toContain('<link>/</link>');
    expect(xml).toContain('D. This copy of the atlas was built without its public address (SITE_URL)');
    expect(xml).not.toContain('.invalid');
  });
  it('the data package names its homepage only when the address is known', () => {
    expect(dataPackage([], '2026-01-01T00:00:00.000Z', undefined, 'https://atlas.example.net/').homepage).toBe('https://atlas.example.net/data/');
    expect(dataPackage([], '2026-01-01T00:00:00.000Z')).not.toHaveProperty('homepage');
  });
});
