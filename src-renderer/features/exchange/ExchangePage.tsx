import { ComingSoon } from '../../ui/ComingSoon';

export default function ExchangePage() {
  return <ComingSoon title="Trao đổi dữ liệu" description="Xuất báo cáo gửi cấp trên và nhập tệp khung nội dung từ cấp trên." />;
}
