import { normaliseUnitCode } from '../core/exchange/unit-code';
import type { AppSettings, Unit, UnitProfileVersion, UnitType, AppMode } from '../core/model';
import { cleanText } from '../core/text';
import { profileLengthProblems, profileOn, withProfileVersion } from '../core/units';
import type { SoNeuGuongDb, SettingsRecord } from './database';
import { clock } from '../platform/clock';

export const DEFAULT_SETTINGS: AppSettings = {
  mode: 'cell',
  meetingDay: 3,
  textSize: 'normal',
  officeHoldersFirst: false,
  monthlyScaleCode: 'TOT-KHA-TB-KEM',
  meetingRubricCode: 'HD42-2025',
  documentStyleCode: '',
  setupDone: false,
};

/**
 * Settings written before the profile could be chosen carry the old default 'HD36-2018', which
 * nobody chose and which pinned every document to HD 36: read as "by the document's date".
 */
function withStyleChoice(settings: AppSettings): AppSettings {
  return settings.documentStyleChosenAt === undefined && settings.documentStyleCode === 'HD36-2018'
    ? { ...settings, documentStyleCode: '' }
    : settings;
}

export async function loadSettings(db: SoNeuGuongDb): Promise<AppSettings> {
  const stored = await db.settings.get('settings');
  if (!stored) return { ...DEFAULT_SETTINGS };
  const { key: _key, ...settings } = stored;
  return withStyleChoice({ ...DEFAULT_SETTINGS, ...settings });
}

export async function saveSettings(db: SoNeuGuongDb, patch: Partial<AppSettings>): Promise<AppSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await loadSettings(db)), ...patch };
    await db.settings.put({ key: 'settings', ...next } satisfies SettingsRecord);
    return next;
  });
}

export interface SetupInput {
  mode: AppMode;
  unitName: string;
  unitType: UnitType;
  unitCode: string;
  superiorName: string;
  superiorCommittee: string;
  placeName: string;
  issuerCode: string;
  secretaryName: string;
  validFrom: string;
  termStart?: string;
  termEnd?: string;
}

/** First-run set-up: the own unit and the settings, in one transaction. */
export async function completeSetup(db: SoNeuGuongDb, input: SetupInput): Promise<Unit> {
  const now = clock.nowIso();
  const profile: UnitProfileVersion = {
    validFrom: input.validFrom,
    name: cleanText(input.unitName),
    superiorName: cleanText(input.superiorName),
    superiorCommittee: cleanText(input.superiorCommittee),
    placeName: cleanText(input.placeName),
    issuerCode: cleanText(input.issuerCode),
    ...(cleanText(input.secretaryName) ? { secretary: cleanText(input.secretaryName) } : {}),
    ...(input.termStart ? { termStart: input.termStart } : {}),
    ...(input.termEnd ? { termEnd: input.termEnd } : {}),
  };
  const tooLong = profileLengthProblems(profile);
  if (tooLong.length > 0) throw new Error(tooLong.join(' '));
  return db.transaction('rw', db.units, db.settings, async () => {
    const existing = await db.units.filter((u) => u.isOwn).first();
    const unit: Unit = existing
      ? {
          ...existing,
          code: normaliseUnitCode(cleanText(input.unitCode)),
          type: input.unitType,
          // Keep what this form does not edit (phó bí thư, chi ủy viên) from the version valid then.
          history: withProfileVersion(existing.history, { ...profileOn(existing, profile.validFrom), ...profile }),
          updatedAt: now,
        }
      : {
          id: crypto.randomUUID(),
          code: normaliseUnitCode(cleanText(input.unitCode)),
          type: input.unitType,
          history: [profile],
          isOwn: true,
          createdAt: now,
          updatedAt: now,
        };
    await db.units.put(unit);
    const settings = await loadSettings(db);
    await db.settings.put({ key: 'settings', ...settings, mode: input.mode, ownUnitId: unit.id, setupDone: true });
    return unit;
  });
}
