/** Export buttons of the dues sheet (documents come with step 4). */
import type { DuesSheet } from '../../core/dues';
import type { DuesSheetView } from '../../services/dues';

export function DuesExports(_props: { view: DuesSheetView; sheet: DuesSheet; beforeExport: () => Promise<void> }) {
  return null;
}
