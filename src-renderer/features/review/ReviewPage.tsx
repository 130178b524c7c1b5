import { ComingSoon } from '../../ui/ComingSoon';

export default function ReviewPage() {
  return <ComingSoon title="Kiểm điểm cuối năm" description="Tổng hợp kết quả cả năm, tự đánh giá, xếp loại và báo cáo gửi cấp trên." />;
}
