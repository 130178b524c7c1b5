/**
 * docs/exchange-format.schema.json is generated from the zod schemas. This test fails when they
 * drift apart. To regenerate: UPDATE_EXCHANGE_SCHEMA=1 npx vitest run test/core/exchange/json-schema.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, buildUnitReportPayload, exchangeJsonSchema } from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';

const file = resolve(__dirname, '../../../docs/exchange-format.schema.json');
const generated = `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`;

describe('docs/exchange-format.schema.json', () => {
  it('is in step with the zod schemas', () => {
    if (process.env.UPDATE_EXCHANGE_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('accepts a real unit report and rejects a broken one', async () => {
    const src = syntheticUnit({ code: 'CB-A', name: 'Chi bộ A', members: 3, year: 2026, months: 2 });
    const period = { year: 2026, month: 2 };
    const env = await buildEnvelope({
      kind: 'unit_report',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T08:00:00.000Z',
      unit: { code: 'CB-A', name: 'Chi bộ A' },
      period,
      payload: buildUnitReportPayload(src, period, { aggregateOnly: false }),
    });
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date-time', true);
    const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    expect(validate(JSON.parse(JSON.stringify(env)))).toBe(true);
    const broken = JSON.parse(JSON.stringify(env)) as { payload: { statistics: Record<string, unknown> } };
    delete broken.payload.statistics.members;
    expect(validate(broken)).toBe(false);
  });
});
