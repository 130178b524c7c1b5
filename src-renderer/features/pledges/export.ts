/**
 * PDF export of pledge forms: gathers the unit profile of the form's date, the document style
 * and the members, builds the definition and saves or prints the bytes.
 */
import type { Member, PledgeForm, Unit } from '../../core/model';
import { documentHeader } from '../../core/documents/header';
import { documentStyleOn } from '../../core/rules';
import { sortRoster } from '../../core/members';
import { loadRuleSets } from '../../services/rules';
import { readSettings } from '../../services/settings';
import { pledgeFormDocument, pledgeFormFileName, renderPledgeBatchPdf, type PledgeFormDocInput } from '../../documents/pledge-form';
import { getDesktopApi } from '../../platform';

function formDate(form: PledgeForm): string {
  return form.registeredAt ?? `${form.year}-01-01`;
}

export function docInput(form: PledgeForm, member: Member, unit: Unit): PledgeFormDocInput {
  const header = documentHeader(unit, formDate(form));
  return {
    form,
    member,
    unit: { name: header.unitName, superiorName: header.superiorName, placeName: header.placeName },
    ...(header.secretaryName ? { secretaryName: header.secretaryName } : {}),
  };
}

async function currentStyle(date: string) {
  return documentStyleOn(date, await loadRuleSets(), await readSettings()).data;
}

const PDF_FILTER = [{ name: 'Tệp PDF', extensions: ['pdf'] }];

export type Output = 'save' | 'print';

async function deliver(bytes: Uint8Array<ArrayBuffer>, suggestedName: string, output: Output): Promise<string | undefined> {
  const api = getDesktopApi();
  if (output === 'print') {
    await api.printPdf({ bytes, suggestedName });
    return suggestedName;
  }
  const saved = await api.saveFile({ suggestedName, bytes, filters: PDF_FILTER });
  return saved?.path;
}

/** One member's form → save or print. Returns the saved path (undefined when cancelled). */
export async function exportOneForm(form: PledgeForm, member: Member, unit: Unit, output: Output): Promise<string | undefined> {
  // pdfmake and the fonts load on first use (their own chunks).
  const { renderPdf } = await import('../../documents/render-pdf');
  const input = docInput(form, member, unit);
  const bytes = await renderPdf(pledgeFormDocument(input, await currentStyle(formDate(form))));
  return deliver(bytes, pledgeFormFileName(input), output);
}

/**
 * Every form of the year in roster order → one PDF. Draft forms are included only when
 * `includeDrafts`. Returns the number of forms and the path (undefined when cancelled).
 */
export async function exportCellForms(
  forms: readonly PledgeForm[],
  members: readonly Member[],
  unit: Unit,
  year: number,
  output: Output,
  onProgress: (fraction: number) => void,
  officeHoldersFirst = false,
): Promise<{ count: number; path?: string }> {
  const byMember = new Map(forms.map((f) => [f.memberId, f]));
  const ordered = sortRoster(
    members.filter((m) => byMember.has(m.id)),
    officeHoldersFirst,
  );
  if (ordered.length === 0) return { count: 0 };
  const inputs = ordered.map((m) => docInput(byMember.get(m.id)!, m, unit));
  // One profile for the whole file: the one valid on the latest form's date (HD 05 from 27/5/2026).
  const latest =
    ordered
      .map((m) => formDate(byMember.get(m.id)!))
      .sort()
      .at(-1) ?? `${year}-01-31`;
  const bytes = await renderPledgeBatchPdf(inputs, await currentStyle(latest), onProgress);
  const path = await deliver(bytes, `dang-ky-neu-guong-${year}-ca-chi-bo.pdf`, output);
  return { count: inputs.length, ...(path ? { path } : {}) };
}
