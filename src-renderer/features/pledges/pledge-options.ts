/** Labels and choices shared by the pledge editor's sections. */
import type { PledgeForm, PledgeTitleVariant } from '../../core/model';
import { TITLE_VARIANTS, type PledgeFrameworkRuleSet } from '../../core/pledges';

export const STATE_COLORS: Record<PledgeForm['state'], string> = {
  draft: 'yellow',
  submitted: 'blue',
  confirmed: 'green',
  amended: 'teal',
};

export const VARIANT_OPTIONS = (Object.keys(TITLE_VARIANTS) as PledgeTitleVariant[]).map((v) => ({
  value: v,
  label: TITLE_VARIANTS[v].label,
}));

export function frameworkOptions(frameworks: readonly PledgeFrameworkRuleSet[]) {
  return frameworks.map((f) => ({
    value: f.id,
    label: `${f.name}${f.version > 1 ? ` (bản ${f.version})` : ''}${f.source === 'preset' ? '' : f.source === 'superior' ? ' — của cấp trên' : ' — tự soạn'}`,
  }));
}
