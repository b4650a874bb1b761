import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/cli.js';
import { stateDir } from '../../src/batch/manifest.js';
import { makeCorpus } from '../helpers/corpus.js';
import { expectComplete, expectFault, snapshot } from './expect.js';
import { tempDir } from '../helpers/temp.js';

/*
 * Disk faults on a real, small filesystem: a tmpfs mounted in a mount
 * namespace of the test's own (`unshare -rm`, which needs no privilege where
 * user namespaces are allowed, as on this project's machines and CI). The
 * script runs medbitext in there and copies what the test looks at out to a
 * plain folder before the namespace, and its tmpfs, go away.
 */
const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs "$TMPDIR"'], { env: { ...process.env, TMPDIR: tmpdir() } }).status === 0;

interface Step {
  status: number;
  stderr: string;
}

/** Run `script` (bash; $DISK is a tmpfs of `kb` KiB, $RESULTS a host folder, `medbitext` the CLI) in a namespace of its own. */
function onSmallDisk(kb: number, script: string): { results: string; step: (name: string) => Step } {
  const results = tempDir('mbt-disk-results-');
  const disk = tempDir('mbt-disk-');
  const prelude = `set -u
mount -t tmpfs -o size=${kb}k tmpfs "$DISK"
medbitext() { node "$CLI" "$@"; }
step() { local name=$1; shift; "$@" 2>"$RESULTS/$name.err"; echo $? > "$RESULTS/$name.rc"; }
`;
  const r = spawnSync('unshare', ['-rm', 'bash', '-c', prelude + script], {
    encoding: 'utf8',
    env: { ...process.env, DISK: disk, RESULTS: results, CLI, LANG: 'en_US.UTF-8', LC_ALL: '' },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return {
    results,
    step: (name) => ({ status: Number(readFileSync(join(results, `${name}.rc`), 'utf8')), stderr: readFileSync(join(results, `${name}.err`), 'utf8') }),
  };
}

describe.skipIf(!canMount)('fault suite: disk', () => {
  it('F21 the disk fills in the map step: one line naming the file, no half-written file, a rerun after freeing space resumes', () => {
    const corpus = makeCorpus(12);
    const { results, step } = onSmallDisk(
      400,
      `dd if=/dev/zero of="$DISK/filler" bs=1k count=360 status=none
step full medbitext run ${corpus} --out "$DISK/out" --jobs 2
cp -a "$DISK/out" "$RESULTS/after-full"
rm "$DISK/filler"
step resumed medbitext run ${corpus} --out "$DISK/out" --jobs 2
cp -a "$DISK/out" "$RESULTS/after-resume"
`,
    );
    const full = step('full');
    expectFault({ ...full, stdout: '', pid: 0, output: [], signal: null }, 2, /^medbitext: .*\/out\/\.medbitext\/\S+ {2}no space left on the device; nothing was half-written/);
    // One event: not a line per document.
    expect(full.stderr).not.toMatch(/could not be processed/);
    const after = join(results, 'after-full');
    expect(readdirSync(join(stateDir(after), 'shards')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const stored = readFileSync(join(stateDir(after), 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).length;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(12);
    const resumed = step('resumed');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`${12 - stored} processed, ${stored} unchanged (skipped), 0 failed, of 12 read`);
    expectComplete(join(results, 'after-resume'));
  });

  it('F22 the disk fills in the reduce: one line naming the file, the corpus files there before untouched', () => {
    const corpus = makeCorpus(6);
    const { results, step } = onSmallDisk(
      1024,
      `step first medbitext run ${corpus} --out "$DISK/out" --jobs 1
cp -a "$DISK/out" "$RESULTS/before"
dd if=/dev/zero of="$DISK/filler" bs=1k count=4096 status=none 2>/dev/null
step again medbitext run ${corpus} --out "$DISK/out" --jobs 1
cp -a "$DISK/out" "$RESULTS/after"
`,
    );
    expect(step('first').status).toBe(0);
    const again = step('again');
    expectFault({ ...again, stdout: '', pid: 0, output: [], signal: null }, 2, /^medbitext: \S+ {2}no space left on the device/);
    const files = (dir: string) => Object.fromEntries(Object.entries(snapshot(dir)).filter(([f]) => !f.startsWith('.medbitext')));
    expect(files(join(results, 'after'))).toEqual(files(join(results, 'before')));
  });

  it('F27 the disk fills in the reduce of a first run, one thread or two: one line naming the file, exit 2, no temporary left', () => {
    const corpus = makeCorpus(6);
    // Room for the documents' results, not for the corpus files and the report.
    const { results, step } = onSmallDisk(
      96,
      `step one medbitext run ${corpus} --out "$DISK/one" --jobs 1
find "$DISK" -name '*.tmp' > "$RESULTS/one.tmp"
rm -rf "$DISK/one"
step two medbitext run ${corpus} --out "$DISK/two" --jobs 2
find "$DISK" -name '*.tmp' > "$RESULTS/two.tmp"
`,
    );
    for (const name of ['one', 'two']) {
      const r = step(name);
      expectFault({ ...r, stdout: '', pid: 0, output: [], signal: null }, 2, new RegExp(`^medbitext: .*/${name}/\\S+ {2}no space left on the device`));
      expect(readFileSync(join(results, `${name}.tmp`), 'utf8')).toBe('');
    }
  });

  it('F23 an output folder that cannot be written: one line, exit 2', () => {
    const corpus = makeCorpus(2);
    const { step } = onSmallDisk(
      64,
      `mkdir "$DISK/out" && mount -o remount,ro "$DISK"
step ro medbitext run ${corpus} --out "$DISK/out" --jobs 1
`,
    );
    const ro = step('ro');
    expectFault({ ...ro, stdout: '', pid: 0, output: [], signal: null }, 2, /out {2}cannot be written \(permission denied or read-only\)/);
  });
});

it('the disk cases ran (where a namespace can mount a tmpfs)', () => {
  if (!canMount) console.warn('fault suite: disk cases skipped: unshare -rm cannot mount a tmpfs here');
  mkdirSync(tmpdir(), { recursive: true });
  expect(typeof canMount).toBe('boolean');
});
