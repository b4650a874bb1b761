import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutput } from '../../src/batch/lock.js';
import { medbitext } from '../helpers/cli.js';
import { stateDir } from '../../src/batch/manifest.js';
import { makeCorpus } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp.js';

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('lockOutput', () => {
  it('lets one holder in at a time and frees the folder on release', () => {
    const dir = tempDir();
    const release = lockOutput(dir, '/out');
    expect(readFileSync(join(dir, 'run.lock'), 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+$`));
    expect(() => lockOutput(dir, '/out')).toThrow(expect.objectContaining({ key: 'outputBusy', file: '/out' }));
    release();
    expect(existsSync(join(dir, 'run.lock'))).toBe(false);
    lockOutput(dir, '/out')();
  });

  it('takes over the lock of a process that is gone (a killed run)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'run.lock'), String(await deadPid()));
    const release = lockOutput(dir, '/out');
    expect(readFileSync(join(dir, 'run.lock'), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
  });

  it('takes over the lock of a zombie (a killed run its parent never reaped)', async () => {
    // sh starts a child, then becomes `sleep`, which never reaps it: once the child exits it stays a zombie
    // (it exits after the exec, so sh itself never gets the chance to reap it).
    const parent = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number((await new Promise<Buffer>((resolve) => parent.stdout.once('data', resolve))).toString().trim());
      // Until the child has exited it is not a zombie yet.
      for (let i = 0; i < 200 && !readFileSync(`/proc/${zombie}/stat`, 'utf8').includes(') Z '); i++) await new Promise((r) => setTimeout(r, 20));
      expect(readFileSync(`/proc/${zombie}/stat`, 'utf8')).toContain(') Z ');
      // kill(pid, 0) alone says it is alive.
      expect(() => process.kill(zombie, 0)).not.toThrow();
      const dir = tempDir();
      writeFileSync(join(dir, 'run.lock'), String(zombie));
      lockOutput(dir, '/out')();
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('takes over a lock whose pid now belongs to a process started at another time', () => {
    const dir = tempDir();
    // The parent of this test runs, but it is not the process that took this lock.
    writeFileSync(join(dir, 'run.lock'), `${process.ppid} 1`);
    lockOutput(dir, '/out')();
  });

  it('takes over a lock bearing its own pid that it does not hold (a restarted container reuses pids)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'run.lock'), String(process.pid));
    const release = lockOutput(dir, '/out');
    expect(() => lockOutput(dir, '/out')).toThrow(expect.objectContaining({ key: 'outputBusy' }));
    release();
  });

  it('treats a lock still being written (empty) as busy', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'run.lock'), '');
    expect(() => lockOutput(dir, '/out')).toThrow(expect.objectContaining({ key: 'outputBusy' }));
  });
});

describe('run into a folder another run is writing', () => {
  it('refuses with a message naming the folder and the lock, and leaves the folder alone', () => {
    const out = join(tempDir(), 'out');
    expect(medbitext(['run', makeCorpus(2), '--out', out, '--jobs', '1']).status).toBe(0);
    const before = readFileSync(join(out, 'alignment.jsonl'), 'utf8');
    // This test process stands in for the other run.
    writeFileSync(join(stateDir(out), 'run.lock'), String(process.pid));
    const second = medbitext(['run', makeCorpus(3), '--out', out, '--jobs', '1']);
    expect(second.status).not.toBe(0);
    expect(second.stderr).toMatch(/another medbitext run/);
    expect(second.stderr).toContain(join(stateDir(out), 'run.lock'));
    expect(readFileSync(join(out, 'alignment.jsonl'), 'utf8')).toBe(before);
  });
});
