import { describe, expect, it } from 'vitest';
import { toResult } from '../../src/batch/document.js';
import { processDocument } from '../../src/processor.js';
import { documentRecords } from '../../src/search/records.js';

/* A letter whose translation and replies carry titles of their own: the document record's title is the letter's. */
const LETTER = `<?xml version="1.0" encoding="UTF-8"?>
<article article-type="letter" xml:lang="en">
<front><article-meta>
  <title-group><article-title>Fever in the elderly. A second look</article-title>
    <trans-title-group xml:lang="pt"><trans-title>Febre em idosos. Um segundo olhar</trans-title></trans-title-group></title-group>
</article-meta></front>
<body><p>Fever is common in older adults. We read the study with interest.</p></body>
<sub-article article-type="translation" id="s1" xml:lang="pt"><front-stub>
  <title-group><article-title>Febre em idosos. Um segundo olhar</article-title></title-group></front-stub>
<body><p>A febre é comum em idosos. Lemos o estudo com interesse.</p></body>
<sub-article article-type="reply" id="r1" xml:lang="pt"><front-stub><title-group><article-title>Resposta</article-title></title-group></front-stub>
<body><p>Agradecemos a carta.</p></body></sub-article>
</sub-article>
<sub-article article-type="reply" id="r2" xml:lang="en"><front-stub><title-group><article-title>Reply</article-title></title-group></front-stub>
<body><p>We thank the authors for the letter.</p></body></sub-article>
</article>`;

describe('search records', () => {
  it("gives a document record the article's own title, not its replies' or its translation's copy", async () => {
    const file = await processDocument('letter', { kind: 'text', text: LETTER }, 'letter.xml');
    const records = documentRecords(toResult(file, { id: 'letter', path: 'letter.xml', hash: 'h', input: { kind: 'text', text: LETTER } }, 'test'));
    const doc = records.find((r) => r.kind === 'document')!;
    expect(doc.en).toBe('Fever in the elderly. A second look');
    expect(doc.pt).toBe('Febre em idosos. Um segundo olhar');
    // the replies' titles stay searchable as pair records
    expect(records.filter((r) => r.kind === 'pair' && r.part === 'title').map((r) => r.en)).toContain('Reply');
  }, 60_000);
});
