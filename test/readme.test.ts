import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRun } from './helpers/bundled.js';
import { CLI, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/**
 * The README tells the truth: its sample output is what `npm start` writes
 * (the bundled run, test/helpers/bundled.ts), its cheap commands run as
 * written, and its links lead to files. `npm ci`, `npm start` and `npm test`
 * themselves are what CI runs, so they are not run again here.
 */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The code blocks that follow a `<!-- NAME: ARG -->` marker, as [ARG, text]. */
function markedBlocks(markdown: string, name: string): Array<[string, string]> {
  const marked = new RegExp(`<!-- ${name}: ([^>]+?) -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\`\\n`, 'g');
  return [...markdown.matchAll(marked)].map((m) => [m[1]!, m[2]!]);
}

describe('the README', async () => {
  const { out } = await bundledRun();

  it('shows samples of three outputs', () => {
    expect(markedBlocks(README, 'sample').map(([file]) => file)).toEqual(['alignment.jsonl', 'entities.jsonl', 'glossary.csv']);
  });

  for (const [file, sample] of markedBlocks(README, 'sample')) {
    it(`shows lines of out/${file} as npm start writes them`, () => {
      const written = readFileSync(join(out, file), 'utf8');
      if (file.endsWith('.jsonl')) {
        // Whole lines of the file, whichever.
        const lines = new Set(written.split('\n'));
        for (const line of sample.trimEnd().split('\n')) expect(lines.has(line), line).toBe(true);
      } else {
        // The top of the file (whose lines end in CRLF, as RFC 4180 has them).
        expect(written.replaceAll('\r\n', '\n').startsWith(sample)).toBe(true);
      }
    });
  }

  it('gives commands that run as written, after npm start and npm link', () => {
    const [[, block] = ['', '']] = markedBlocks(README, 'test');
    const commands = block.split('\n').filter(Boolean);
    expect(commands.length).toBeGreaterThan(0);
    // A clone's folder after `npm start`, with `medbitext` on the PATH as `npm link` puts it.
    const clone = tempDir('mbt-readme-');
    cpSync(out, join(clone, 'out'), { recursive: true });
    symlinkSync(join(ROOT, 'corpus'), join(clone, 'corpus'));
    mkdirSync(join(clone, 'bin'));
    symlinkSync(CLI, join(clone, 'bin', 'medbitext'));
    for (const command of commands) {
      const r = spawnSync('sh', ['-c', command], { cwd: clone, encoding: 'utf8', env: { ...process.env, PATH: `${join(clone, 'bin')}:${process.env.PATH}`, LANG: 'en_US.UTF-8' } });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      if (command.includes(' search ')) expect(r.stdout.trim(), command).not.toBe('');
    }
  });

  it('links only to files a clone has', () => {
    const links = [...README.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
  });

  it('stays under 12 KB', () => {
    expect(Buffer.byteLength(README)).toBeLessThan(12 * 1024);
  });
});
