/**
 * A scripted review session in report.html, as a reviewer would do it with
 * keyboard and mouse: links first (each decision moves on to the next link,
 * n skips those reviewed; a to accept, the row's Reject and Edit buttons; an
 * edit ticks a neighbouring Portuguese sentence), then glossary entries (j and a, the Reject button,
 * Edit with a new Portuguese term and a variant). Shared by bench/review.ts.
 */
import type { Page } from 'playwright-core';

export interface SessionPlan {
  linkAccepts: number;
  linkRejects: number;
  linkEdits: number;
  termAccepts: number;
  termRejects: number;
  termEdits: number;
}

const total = (p: SessionPlan) => p.linkAccepts + p.linkRejects + p.linkEdits + p.termAccepts + p.termRejects + p.termEdits;

/** Tick a Portuguese sentence next to those the link has, keeping an English one; false where there is none to take. */
async function pickNeighbour(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const sets = Array.from(document.querySelectorAll('#pairs tr.editor fieldset'));
    const [en, pt] = sets.map((s) => Array.from(s.querySelectorAll('input')) as HTMLInputElement[]);
    if (!en || !pt || !en.some((b) => b.checked)) return false;
    const last = pt.map((b) => b.checked).lastIndexOf(true);
    const next = last >= 0 ? pt[last + 1] : pt[0];
    if (!next) return false;
    next.click();
    return true;
  });
}

async function reviewLinks(page: Page, plan: SessionPlan): Promise<number> {
  const left = { accept: plan.linkAccepts, reject: plan.linkRejects, edit: plan.linkEdits };
  let made = 0;
  for (let step = 0; left.accept + left.reject + left.edit > 0 && step < 1000; step++) {
    // A decision moves on to the next row; n skips rows already reviewed.
    const here = page.locator('#pairs tr.link.current');
    if ((await here.count()) === 0 || /accepted|rejected|edited/.test((await here.getAttribute('class')) ?? '')) await page.keyboard.press('n');
    const row = page.locator('#pairs tr.link.current');
    if ((await row.count()) === 0) break;
    const kind = left.edit > 0 && step % 4 === 3 ? 'edit' : left.reject > 0 && step % 4 === 1 ? 'reject' : left.accept > 0 ? 'accept' : left.reject > 0 ? 'reject' : 'edit';
    if (kind === 'accept') await page.keyboard.press('a');
    else if (kind === 'reject') await row.locator('button[data-act="reject"]').click();
    else {
      await row.locator('button[data-act="edit"]').click();
      const picked = await pickNeighbour(page);
      if (picked) await page.click('#pairs tr.editor button[data-act="apply"]');
      if (!picked || (await page.locator('#pairs tr.editor').count()) > 0) {
        // No neighbour to take here, or the pairing would cross: leave the link for a later one.
        if (await page.locator('#pairs tr.editor').count()) await page.click('#pairs tr.editor button[data-act="cancel"]');
        await page.keyboard.press('a');
        left.accept--;
        made++;
        continue;
      }
    }
    left[kind]--;
    made++;
  }
  return made;
}

async function reviewTerms(page: Page, plan: SessionPlan): Promise<number> {
  await page.click('#tab-glossary');
  const rows = page.locator('#gtable tbody tr.term');
  await rows.first().click({ position: { x: 2, y: 2 } });
  let made = 0;
  for (let k = 0; k < plan.termAccepts + plan.termRejects + plan.termEdits; k++) {
    const row = page.locator('#gtable tbody tr.term.current');
    if (k < plan.termAccepts) await page.keyboard.press('a');
    else if (k < plan.termAccepts + plan.termRejects) await row.locator('button[data-act="reject"]').click();
    else {
      await row.locator('button[data-act="edit"]').click();
      const pt = page.locator('#gtable tr.editor input[data-field="pt"]');
      await pt.fill(`${await pt.inputValue()} (revisto)`);
      await page.fill('#gtable tr.editor input[data-field="pt_variants"]', 'variante revista');
      await page.click('#gtable tr.editor button[data-act="apply"]');
      await page.keyboard.press('j');
    }
    made++;
  }
  return made;
}

/** Run the session; the number of decisions made (the plan's total, unless the report ran out of links or entries). */
export async function reviewSession(page: Page, plan: SessionPlan): Promise<number> {
  await page.click('#tab-docs');
  await page.locator('#pairs').click({ position: { x: 1, y: 1 } });
  const made = (await reviewLinks(page, plan)) + (await reviewTerms(page, plan));
  if (made !== total(plan)) throw new Error(`review session: ${made} decisions made, ${total(plan)} planned`);
  return made;
}
