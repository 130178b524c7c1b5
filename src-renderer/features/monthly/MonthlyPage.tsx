import { ComingSoon } from '../../ui/ComingSoon';

export default function MonthlyPage() {
  return <ComingSoon title="Tự đánh giá hằng tháng" description="Bảng tự đánh giá việc thực hiện nêu gương của từng đảng viên theo tháng." />;
}
