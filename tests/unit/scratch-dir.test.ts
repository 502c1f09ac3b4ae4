// The tests' temporary files go to RAM only where that is a writable tmpfs, and never against a TMPDIR set by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ramTmpdirEnv } from '../scratch-dir.ts';

// What /proc/mounts says each mount point is, read independently of statfs.
const fsTypes = new Map(fs.readFileSync('/proc/mounts', 'utf8').trim().split('\n').map((line) => { const [, at, type] = line.split(' '); return [at, type]; }));

describe('ramTmpdirEnv', () => {
  it.runIf(fsTypes.get('/dev/shm') === 'tmpfs')('points TMPDIR at /dev/shm when it is a tmpfs', () => {
    expect(ramTmpdirEnv({})).toEqual({ TMPDIR: '/dev/shm' });
  });
  it('leaves a TMPDIR set by hand alone', () => {
    expect(ramTmpdirEnv({ TMPDIR: '/var/tmp' })).toEqual({});
  });
  it('chooses nothing for a directory that is not a tmpfs, or that does not exist', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.cwd()), '.scratch-test-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const mount = [...fsTypes.keys()].filter((at) => dir === at || dir.startsWith(at.endsWith('/') ? at : `${at}/`)).sort((a, b) => b.length - a.length)[0];
    expect(ramTmpdirEnv({}, dir)).toEqual(fsTypes.get(mount) === 'tmpfs' ? { TMPDIR: dir } : {});
    expect(ramTmpdirEnv({}, path.join(os.tmpdir(), 'no-such-directory-here'))).toEqual({});
  });
});
