/**
 * PDF export of pledge forms: gathers the unit profile of the form's date, the document style
 * and the members, builds the definition and saves or prints the bytes.
 */
import type { Member, PledgeForm, RuleSet, Unit } from '../../core/model';
import { DOCUMENT_STYLE_PRESETS, documentStyleFor } from '../../core/documents/style';
import { sortRoster } from '../../core/members';
import { profileOn } from '../../core/units';
import { getDb } from '../../db/instance';
import { loadSettings } from '../../db/settings';
import {
  pledgeFormDocument,
  pledgeFormFileName,
  renderPledgeBatchPdf,
  type PledgeFormDocInput,
} from '../../documents/pledge-form';
import { getDesktopApi } from '../../platform';

function formDate(form: PledgeForm): string {
  return form.registeredAt ?? `${form.year}-01-01`;
}

async function styleRuleSets(): Promise<RuleSet[]> {
  const stored = await getDb().ruleSets.where('kind').equals('document_style').toArray();
  const ids = new Set(stored.map((r) => r.id));
  return [...stored, ...DOCUMENT_STYLE_PRESETS.filter((p) => !ids.has(p.id))];
}

export function docInput(form: PledgeForm, member: Member, unit: Unit): PledgeFormDocInput {
  const profile = profileOn(unit, formDate(form));
  return {
    form,
    member,
    unit: {
      name: profile?.name ?? '',
      superiorName: profile?.superiorName ?? '',
      placeName: profile?.placeName ?? '',
    },
    ...(profile?.secretary ? { secretaryName: profile.secretary } : {}),
  };
}

async function currentStyle(date: string) {
  const settings = await loadSettings(getDb());
  return documentStyleFor(await styleRuleSets(), date, settings.documentStyleCode);
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
  const ordered = sortRoster(members.filter((m) => byMember.has(m.id)), officeHoldersFirst);
  if (ordered.length === 0) return { count: 0 };
  const inputs = ordered.map((m) => docInput(byMember.get(m.id)!, m, unit));
  const bytes = await renderPledgeBatchPdf(inputs, await currentStyle(`${year}-01-31`), onProgress);
  const path = await deliver(bytes, `dang-ky-neu-guong-${year}-ca-chi-bo.pdf`, output);
  return { count: inputs.length, ...(path ? { path } : {}) };
}
