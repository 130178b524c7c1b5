import { ComingSoon } from '../../ui/ComingSoon';

export default function MembersPage() {
  return <ComingSoon title="Đảng viên" description="Danh sách đảng viên, trạng thái theo thời gian, nhập và xuất Excel." />;
}
