/**
 * Cài đặt → "Thể thức văn bản" (domain.md §5, §11): which profile the documents use (by each
 * document's date — HD 36 before 27/5/2026, HD 05 from then — or always one), and every value of
 * a profile, stored as the cell's own version of it (services/rules; a superior's profile still
 * wins). Also the switch of the 2026 citation (QĐ 207-QĐ/TW in place of QĐ 37-QĐ/TW, [P]).
 */
import { useState, type ReactNode } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Divider, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  bodyLinePt,
  DOCUMENT_STYLE_BY_DATE,
  minutesSignatureTitles,
  type DocumentFontSizes,
  type DocumentMarginsMm,
  type DocumentStyleData,
  type DocumentStyleRuleSet,
} from '../../core/documents/style';
import { describeRuleSet } from '../../core/rules';
import { formatDate } from '../../core/text';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';
import {
  chooseDocumentStyle,
  keepQd37Citations,
  resetDocumentStyle,
  restoreQd207Citations,
  RuleEditError,
  saveDocumentStyle,
  useDocumentStyles,
  useQd37Kept,
} from '../../services/rules';
import { FieldRow } from '../../ui/FieldRow';
import { useLargeText } from '../../ui/text-size';

const MARGINS: Array<[keyof DocumentMarginsMm, string]> = [
  ['top', 'Lề trên (mm)'],
  ['bottom', 'Lề dưới (mm)'],
  ['left', 'Lề trái (mm)'],
  ['right', 'Lề phải (mm)'],
];

const SIZES: Array<[keyof DocumentFontSizes, string]> = [
  ['body', 'Chữ nội dung'],
  ['issuer', 'Tên cơ quan ban hành'],
  ['partyTitle', '“ĐẢNG CỘNG SẢN VIỆT NAM”'],
  ['placeDate', 'Địa danh, ngày tháng'],
  ['title', 'Tên loại văn bản'],
  ['summary', 'Trích yếu'],
  ['signature', 'Chữ ký'],
  ['recipients', 'Nơi nhận'],
  ['pageNumber', 'Số trang'],
];

const validity = (r: DocumentStyleRuleSet) => `từ ${formatDate(r.validFrom)}${r.validTo ? ` đến ${formatDate(r.validTo)}` : ''}`;

export function DocumentStyleSection() {
  const styles = useDocumentStyles(clock.today());
  const [code, setCode] = useState<string>();
  if (!styles) return null;
  const edited = styles.profiles.find((p) => p.code === code) ?? styles.today;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Thể thức văn bản
        </Title>
        <Select
          label="Văn bản in theo thể thức"
          data={[
            { value: DOCUMENT_STYLE_BY_DATE, label: 'Theo ngày của văn bản (khuyên dùng)' },
            ...styles.profiles.map((p) => ({ value: p.code, label: `Luôn dùng: ${p.name}` })),
          ]}
          value={styles.chosenCode}
          allowDeselect={false}
          onChange={(v) =>
            v !== null &&
            void chooseDocumentStyle(v).then(() => notifications.show({ color: 'green', message: 'Đã lưu cách chọn thể thức văn bản.' }))
          }
        />
        <Text size="sm" data-testid="document-style-today">
          Văn bản ghi ngày hôm nay: {describeRuleSet(styles.today)}.
        </Text>
        {styles.chosenCode === DOCUMENT_STYLE_BY_DATE && (
          <Text size="xs" c="dimmed">
            {styles.profiles.map((p) => `${p.name}: ${validity(p)}`).join('; ')}.
          </Text>
        )}
        <SegmentedControl
          aria-label="Thể thức cần sửa"
          value={edited.code}
          onChange={setCode}
          data={styles.profiles.map((p) => ({ value: p.code, label: p.name.replace(/^Hướng dẫn /u, 'HD ') }))}
        />
        <StyleForm key={`${edited.id}-${edited.updatedAt}`} rule={edited} />
        <Divider label="Văn bản được trích dẫn (năm 2026)" labelPosition="left" />
        <Qd207Switch />
      </Stack>
    </Paper>
  );
}

/** Controls of different kinds in a line at normal text; at large text they reflow as fields do. */
function Inline({ large, children }: { large: boolean; children: ReactNode }) {
  return large ? <FieldRow>{children}</FieldRow> : <Group align="end">{children}</Group>;
}

function StyleForm({ rule }: { rule: DocumentStyleRuleSet }) {
  const large = useLargeText();
  const [data, setData] = useState<DocumentStyleData>(() => structuredClone(rule.data));
  const [exact, setExact] = useState(rule.data.lineSpacingPt !== undefined);
  const [problems, setProblems] = useState<string[]>([]);
  const titles = minutesSignatureTitles(data);
  // An emptied field is NaN until typed again (the schema refuses it on save with a message).
  const num = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v.replace(',', '.')));
  const shown = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : '');
  const set = (patch: Partial<DocumentStyleData>) => setData((d) => ({ ...d, ...patch }));

  const save = async () => {
    const { lineSpacingPt, ...rest } = data;
    try {
      await saveDocumentStyle(rule.code, exact ? { ...rest, lineSpacingPt: lineSpacingPt ?? Number.NaN } : rest);
      setProblems([]);
      notifications.show({ color: 'green', message: `Đã lưu thể thức «${rule.name}» của chi bộ.` });
    } catch (e) {
      setProblems(e instanceof RuleEditError ? e.problems : [errorMessage(e)]);
    }
  };

  return (
    <Stack gap="sm" data-testid="document-style-form">
      <Text size="sm">
        {describeRuleSet(rule)}, áp dụng {validity(rule)}.
      </Text>
      {rule.unverified && (
        <Alert color="yellow">
          Chưa tìm được văn bản chính thức của hướng dẫn này; các giá trị lấy theo tài liệu hướng dẫn năm 2026. Hãy đối chiếu và sửa nếu
          cần.
        </Alert>
      )}
      {rule.source === 'superior' && (
        <Alert color="blue">
          Thể thức này do cấp trên ban hành trong gói khung nội dung; giá trị chi bộ sửa ở đây chỉ dùng khi không có thể thức của cấp trên.
        </Alert>
      )}
      <FieldRow>
        {MARGINS.map(([k, label]) => (
          <NumberInput
            key={k}
            label={label}
            min={0}
            max={100}
            decimalScale={1}
            value={shown(data.marginsMm[k])}
            onChange={(v) => set({ marginsMm: { ...data.marginsMm, [k]: num(v) } })}
          />
        ))}
      </FieldRow>
      <FieldRow>
        {SIZES.slice(0, 5).map(([k, label]) => (
          <NumberInput
            key={k}
            label={`${label} (pt)`}
            min={4}
            max={72}
            decimalScale={1}
            value={shown(data.fontSizes[k])}
            onChange={(v) => set({ fontSizes: { ...data.fontSizes, [k]: num(v) } })}
          />
        ))}
      </FieldRow>
      <FieldRow>
        {SIZES.slice(5).map(([k, label]) => (
          <NumberInput
            key={k}
            label={`${label} (pt)`}
            min={4}
            max={72}
            decimalScale={1}
            value={shown(data.fontSizes[k])}
            onChange={(v) => set({ fontSizes: { ...data.fontSizes, [k]: num(v) } })}
          />
        ))}
      </FieldRow>
      <Inline large={large}>
        <div>
          <Text size="sm" fw={500} id="line-spacing-label">
            Giãn dòng
          </Text>
          <SegmentedControl
            aria-labelledby="line-spacing-label"
            value={exact ? 'exact' : 'multiple'}
            onChange={(v) => {
              setExact(v === 'exact');
              if (v === 'exact' && !data.lineSpacingPt) set({ lineSpacingPt: Math.round(bodyLinePt(data) * 10) / 10 });
            }}
            data={[
              { value: 'exact', label: 'Chính xác (pt)' },
              { value: 'multiple', label: 'Bội số' },
            ]}
          />
        </div>
        {exact ? (
          <NumberInput
            label="Khoảng cách dòng (pt)"
            min={6}
            max={72}
            decimalScale={1}
            value={shown(data.lineSpacingPt)}
            onChange={(v) => set({ lineSpacingPt: num(v) })}
            maw={large ? undefined : 200}
          />
        ) : (
          <NumberInput
            label="Hệ số giãn dòng"
            min={0.5}
            max={4}
            step={0.05}
            decimalScale={2}
            value={shown(data.lineHeight)}
            onChange={(v) => set({ lineHeight: num(v) })}
            maw={large ? undefined : 200}
          />
        )}
        <NumberInput
          label="Thụt đầu dòng (mm)"
          min={0}
          max={100}
          decimalScale={1}
          value={shown(data.firstLineIndentMm)}
          onChange={(v) => set({ firstLineIndentMm: num(v) })}
          maw={large ? undefined : 200}
        />
        <NumberInput
          label="Cách đoạn sau (pt)"
          min={0}
          max={72}
          decimalScale={1}
          value={shown(data.paragraphSpacingPt)}
          onChange={(v) => set({ paragraphSpacingPt: num(v) })}
          maw={large ? undefined : 200}
        />
        <NumberInput
          label="Số trang cách mép trên (mm)"
          min={0}
          max={100}
          decimalScale={1}
          value={shown(data.pageNumberTopMm)}
          onChange={(v) => set({ pageNumberTopMm: num(v) })}
          maw={large ? undefined : 220}
        />
      </Inline>
      <Inline large={large}>
        <div>
          <Text size="sm" fw={500} id="uy-label">
            Cách viết “ủy”
          </Text>
          <SegmentedControl
            aria-labelledby="uy-label"
            value={data.uySpelling}
            onChange={(v) => set({ uySpelling: v as DocumentStyleData['uySpelling'] })}
            data={[
              { value: 'ủy', label: 'Đảng ủy, Ủy ban' },
              { value: 'uỷ', label: 'Đảng uỷ, Uỷ ban' },
            ]}
          />
        </div>
        <div>
          <Text size="sm" fw={500} id="separator-label">
            Cuối mỗi dòng “Nơi nhận”
          </Text>
          <SegmentedControl
            aria-labelledby="separator-label"
            value={data.recipientSeparator}
            onChange={(v) => set({ recipientSeparator: v as DocumentStyleData['recipientSeparator'] })}
            data={[
              { value: ',', label: 'dấu phẩy ,' },
              { value: ';', label: 'dấu chấm phẩy ;' },
            ]}
          />
        </div>
        <Switch
          label="Kết thúc nội dung bằng “./.”"
          checked={data.closingMark === true}
          onChange={(e) => set({ closingMark: e.currentTarget.checked })}
        />
      </Inline>
      <FieldRow>
        <TextInput
          label="Chữ ký bên trái của biên bản"
          description="người ghi biên bản"
          value={titles.left}
          onChange={(e) => set({ minutesSignatures: { ...titles, left: e.currentTarget.value } })}
        />
        <TextInput
          label="Chữ ký bên phải của biên bản"
          description="người chủ trì"
          value={titles.right}
          onChange={(e) => set({ minutesSignatures: { ...titles, right: e.currentTarget.value } })}
        />
      </FieldRow>
      {problems.length > 0 && (
        <Alert color="red" role="alert" title="Chưa lưu được">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
      <Group>
        <AsyncButton onClick={() => save()}>Lưu thể thức của chi bộ</AsyncButton>
        {rule.source === 'local' && (
          <AsyncButton
            variant="default"
            onClick={() =>
              void resetDocumentStyle(rule.code).then(() => notifications.show({ message: `Đã trở về thể thức «${rule.name}» mặc định.` }))
            }
          >
            Trở về mặc định
          </AsyncButton>
        )}
      </Group>
    </Stack>
  );
}

/** QĐ 207-QĐ/TW in place of QĐ 37-QĐ/TW from 26/7/2026 ([P]): on by default, the cell may switch it off. */
function Qd207Switch() {
  const kept = useQd37Kept();
  if (kept === undefined) return null;
  const toggle = async (on: boolean) => {
    try {
      if (on) await restoreQd207Citations();
      else await keepQd37Citations();
      notifications.show({
        color: 'green',
        message: on ? 'Từ 26/7/2026 văn bản trích dẫn Quy định 207-QĐ/TW.' : 'Văn bản tiếp tục trích dẫn Quy định 37-QĐ/TW.',
      });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Stack gap={4}>
      <Switch
        label="Từ ngày 26/7/2026, bản cam kết và văn bản kiểm điểm trích dẫn Quy định số 207-QĐ/TW (thay Quy định số 37-QĐ/TW) về những điều đảng viên không được làm"
        checked={!kept}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      <Text size="xs" c="dimmed">
        Quy định 207-QĐ/TW mới thấy trong tài liệu năm 2026, chưa tìm được văn bản chính thức. Tắt để văn bản ghi ngày từ 26/7/2026 vẫn
        trích dẫn Quy định 37-QĐ/TW.
      </Text>
    </Stack>
  );
}
