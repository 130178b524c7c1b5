import { ComingSoon } from '../../ui/ComingSoon';

export default function BackupPage() {
  return <ComingSoon title="Sao lưu" description="Sao lưu tự động, sao lưu ngay và phục hồi dữ liệu." />;
}
