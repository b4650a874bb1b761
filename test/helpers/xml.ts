import { spawnSync } from 'node:child_process';
import { SaxesParser } from 'saxes';

/** Whether xmllint (libxml2, installed by .ci/run) is on this machine. */
export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/**
 * The well-formedness errors of an XML text: saxes's (always), and xmllint's
 * when it is installed (the tool the hostile probes used). Empty when well-formed.
 */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ position: true });
  parser.on('error', (e) => errors.push(`saxes: ${e.message}`));
  try {
    parser.write(xml).close();
  } catch (e) {
    errors.push(`saxes: ${(e as Error).message}`);
  }
  if (HAS_XMLLINT) {
    const r = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
    if (r.status !== 0) errors.push(`xmllint: ${r.stderr.split('\n')[0]}`);
  }
  return errors;
}

/** The text of every `name` element, in document order; throws at the first well-formedness error. */
export function elementTexts(xml: string, name: string): string[] {
  const texts: string[] = [];
  let inside = false;
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    inside = t.name === name;
    if (inside) texts.push('');
  });
  parser.on('closetag', () => (inside = false));
  parser.on('text', (t) => {
    if (inside) texts[texts.length - 1] += t;
  });
  parser.write(xml).close();
  return texts;
}
