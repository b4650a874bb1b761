import { AtomicWriter, type WrittenFile } from '../io/atomic.js';
import type { CorpusCounts, DocumentResult, Glossary } from '../types.js';
import { emptyTally, reportDocumentJson, reportHead, reportTail, tallyDocument, type ReportTally } from './html.js';

/**
 * The report written as a corpus streams by, so that no corpus is ever held
 * in memory: the documents go, one at a time, into a part file (the JSON
 * array the page's data holds) while the charts' tally counts them; once the
 * counts and the glossary are known, `writeReport` puts the page together
 * around that part file.
 */
export class ReportDocuments {
  /** What the charts count, complete once every document is added. */
  readonly tally: ReportTally = emptyTally();
  private readonly part: AtomicWriter;
  private added = 0;

  /** `path`: the part file, under a temporary name of this process's own until `finish`. */
  constructor(path: string) {
    this.part = new AtomicWriter(path);
  }

  async add(doc: DocumentResult): Promise<void> {
    // The same text as JSON.stringify of the array of all of them, as the report's `docs`.
    await this.part.write((this.added === 0 ? '[' : ',') + reportDocumentJson(doc));
    this.added++;
    tallyDocument(this.tally, doc);
  }

  /** The part file, complete, still under its temporary name (never put in place: `writeReport` copies it). */
  async finish(): Promise<WrittenFile> {
    await this.part.write(this.added === 0 ? '[]' : ']');
    return this.part.finish();
  }

  abort(): Promise<void> {
    return this.part.abort();
  }
}

/** Write report.html at `path` around the documents' part file; the page is put in place only when whole. */
export async function writeReport(path: string, counts: CorpusCounts, tally: ReportTally, documents: WrittenFile, glossary: Glossary): Promise<void> {
  const report = new AtomicWriter(path);
  try {
    await report.write(reportHead(counts, tally));
    await report.copyFrom(documents.temporary);
    for (const chunk of reportTail(glossary)) await report.write(chunk);
    await report.commit();
  } catch (error) {
    await report.abort();
    throw error;
  }
}
