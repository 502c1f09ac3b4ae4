// The post-build steps' file writer: every file written, whatever the number, with a bounded number open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFiles } from '../../src/integrations/write-files.ts';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('writeFiles', () => {
  it('writes every file with its own body, and never more than the bound at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-files-'));
    dirs.push(dir);
    const files = Array.from({ length: 500 }, (_, i) => ({ path: path.join(dir, `f${i}.txt`), body: `body ${i}\n` }));
    const real = fs.promises.writeFile;
    let open = 0, most = 0;
    vi.spyOn(fs.promises, 'writeFile').mockImplementation(async (...args: Parameters<typeof real>) => {
      most = Math.max(most, ++open);
      try { return await real(...args); } finally { open--; }
    });
    await expect(writeFiles(files, { inFlight: 7 })).resolves.toEqual([]);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(7);
    expect(fs.readdirSync(dir).length).toBe(500);
    for (const f of [files[0], files[249], files[499]]) expect(fs.readFileSync(f.path, 'utf8')).toBe(f.body);
  });
  it('leaves a file that holds its body already, and rewrites one that differs, even at the same size', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-files-'));
    dirs.push(dir);
    const at = (name: string) => path.join(dir, name);
    await writeFiles([{ path: at('same.json'), body: '{"a":1}' }, { path: at('resized.json'), body: 'short' }, { path: at('swapped.json'), body: 'abcd' }]);
    const old = new Date(Date.UTC(2020, 0, 1));
    for (const name of ['same.json', 'resized.json', 'swapped.json']) fs.utimesSync(at(name), old, old);
    const unchanged = await writeFiles([
      { path: at('same.json'), body: '{"a":1}' }, { path: at('resized.json'), body: 'longer now' },
      { path: at('swapped.json'), body: 'abce' }, { path: at('new.json'), body: 'new' },
    ]);
    expect(unchanged).toEqual([at('same.json')]);
    expect(fs.statSync(at('same.json')).mtimeMs).toBe(old.getTime());
    expect(fs.statSync(at('swapped.json')).mtimeMs).toBeGreaterThan(old.getTime());
    expect(['resized.json', 'swapped.json', 'new.json'].map((n) => fs.readFileSync(at(n), 'utf8'))).toEqual(['longer now', 'abce', 'new']);
  });
  it('with a record, reads back no file its record vouches for, and still finds one changed since', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-files-'));
    dirs.push(dir);
    const at = (name: string) => path.join(dir, 'out', name);
    fs.mkdirSync(path.join(dir, 'out'));
    const record = path.join(dir, 'cache', 'record.json');
    const files = ['a', 'b', 'c', 'd'].map((n) => ({ path: at(`${n}.json`), body: `{"${n}":1}` }));
    await expect(writeFiles(files, { record })).resolves.toEqual([]);
    // Since then: b was changed by something else, c's body changes, d was deleted.
    fs.writeFileSync(at('b.json'), '{"b":2}');
    fs.rmSync(at('d.json'));
    const opened: string[] = [];
    const open = fs.promises.open;
    vi.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
      opened.push(path.basename(String(args[0])));
      return open(...args);
    });
    const next = files.map((f) => (f.path === at('c.json') ? { ...f, body: '{"c":2}' } : f));
    const unchanged = await writeFiles(next, { record });
    expect(unchanged).toEqual([at('a.json')]);
    expect(opened).not.toContain('a.json');
    expect(['a', 'b', 'c', 'd'].map((n) => fs.readFileSync(at(`${n}.json`), 'utf8'))).toEqual(['{"a":1}', '{"b":1}', '{"c":2}', '{"d":1}']);
    // The record now vouches for all four.
    opened.length = 0;
    expect((await writeFiles(next, { record })).sort()).toEqual(next.map((f) => f.path).sort());
    expect(opened).toEqual([]);
  });
  it('writes nothing for no files, and fails when a file cannot be written', async () => {
    await expect(writeFiles([])).resolves.toEqual([]);
    await expect(writeFiles([{ path: path.join(os.tmpdir(), 'no-such-dir-here', 'x.txt'), body: 'x' }])).rejects.toThrow(/ENOENT/);
  });
});
