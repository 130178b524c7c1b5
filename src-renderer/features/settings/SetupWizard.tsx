import { useState } from 'react';
import { useForm, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Container, Group, Paper, Radio, Stack, Stepper, Text, Title } from '@mantine/core';
import { completeSetup } from '../../services/settings';
import { restoreBackup } from '../../services/backup';
import { getDesktopApi } from '../../platform';
import { formatDate } from '../../core/text';
import { UnitFields } from './UnitFields';
import { toSetupInput, unitFormSchema, type UnitFormValues } from './unit-form';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';

/** First run: how the app is used, then the unit it keeps. Saved in one transaction. */
export default function SetupWizard() {
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string>();
  const form = useForm<UnitFormValues>({
    resolver: zodResolver(unitFormSchema),
    defaultValues: {
      mode: 'cell',
      unitName: '',
      unitType: 'chi_bo_truc_thuoc',
      unitCode: '',
      superiorName: '',
      superiorCommittee: '',
      placeName: '',
      issuerCode: 'CB',
      secretaryName: '',
      validFrom: formatDate(`${clock.today().slice(0, 4)}-01-01`),
      termStart: '',
      termEnd: '',
    },
  });

  const [restoring, setRestoring] = useState(false);
  /** A new computer: bring back everything from a backup file instead of starting empty. */
  const restoreFromBackup = async () => {
    setError(undefined);
    const [file] = await getDesktopApi().openFiles({
      filters: [{ name: 'Tệp sao lưu Sổ Nêu Gương', extensions: ['gz'] }],
      multiple: false,
    });
    if (!file) return;
    setRestoring(true);
    try {
      // Nothing to keep yet on a fresh install, so there is no before-restore copy to write.
      await restoreBackup(file.bytes, async () => undefined);
    } catch (e) {
      setError(errorMessage(e, 'Không khôi phục được từ tệp này.'));
    } finally {
      setRestoring(false);
    }
  };

  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    try {
      await completeSetup(toSetupInput(values));
    } catch (e) {
      setError(errorMessage(e, 'Không lưu được. Hãy thử lại.'));
    }
  });

  return (
    <Container size="md" py="xl">
      <Title order={1} mb="xs">
        Chào mừng đến với Sổ Nêu Gương
      </Title>
      <Text mb="lg">
        Trước khi bắt đầu, hãy cho biết ứng dụng dùng cho tổ chức nào. Các thông tin này sửa lại được trong mục Cài đặt và Đơn vị.
      </Text>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false}>
            <Stepper.Step label="Cách sử dụng" description="Chi bộ hay cấp trên">
              <Controller
                control={form.control}
                name="mode"
                render={({ field }) => (
                  <Radio.Group
                    label="Máy này dùng để"
                    value={field.value}
                    onChange={(v) => {
                      field.onChange(v);
                      // The defaults of the other mode, unless the user already changed them.
                      const [type, issuer] =
                        v === 'aggregator' ? (['dang_bo_cap_tren_co_so', 'ĐU'] as const) : (['chi_bo_truc_thuoc', 'CB'] as const);
                      if (!form.getFieldState('unitType').isDirty) form.setValue('unitType', type);
                      if (!form.getFieldState('issuerCode').isDirty) form.setValue('issuerCode', issuer);
                    }}
                    mt="md"
                  >
                    <Stack mt="xs">
                      <Radio value="cell" label="Bí thư chi bộ ghi sổ đăng ký nêu gương, sinh hoạt chi bộ, kiểm điểm cuối năm" />
                      <Radio value="aggregator" label="Cấp ủy cấp trên tổng hợp báo cáo của nhiều chi bộ, tổ chức đảng" />
                    </Stack>
                  </Radio.Group>
                )}
              />
              <Group justify="space-between" mt="xl">
                <Button variant="default" onClick={() => void restoreFromBackup()} loading={restoring}>
                  Khôi phục từ bản sao lưu
                </Button>
                <Button onClick={() => setStep(1)}>Tiếp tục</Button>
              </Group>
              <Text size="sm" mt="xs">
                Đã dùng ứng dụng trên máy khác? Chọn “Khôi phục từ bản sao lưu” và chọn tệp sao lưu (đuôi .sng.json.gz) để lấy lại toàn bộ
                dữ liệu.
              </Text>
              {error && step === 0 && (
                <Alert color="red" role="alert" mt="md">
                  {error}
                </Alert>
              )}
            </Stepper.Step>
            <Stepper.Step label="Thông tin đơn vị" description="Tên, cấp trên, địa danh">
              <Stack mt="md">
                <UnitFields form={form} />
                {error && (
                  <Alert color="red" role="alert">
                    {error}
                  </Alert>
                )}
                <Group justify="space-between">
                  <Button variant="default" onClick={() => setStep(0)}>
                    Quay lại
                  </Button>
                  <Button type="submit" loading={form.formState.isSubmitting}>
                    Lưu và bắt đầu
                  </Button>
                </Group>
              </Stack>
            </Stepper.Step>
          </Stepper>
        </form>
      </Paper>
    </Container>
  );
}
