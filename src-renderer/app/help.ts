/** Short help for each screen, in plain Vietnamese. Keyed by the route prefix of the screen. */
import { DEFAULT_MONTHLY_SCALE_CODE, MONTHLY_SCALE_PRESETS, levelKeysSentence } from '../core/monthly/scales';

const defaultScale = MONTHLY_SCALE_PRESETS.find((s) => s.code === DEFAULT_MONTHLY_SCALE_CODE)!;

export interface HelpTopic {
  title: string;
  steps: string[];
}

export const HELP: Record<string, HelpTopic> = {
  '/': {
    title: 'Tháng này',
    steps: [
      'Trang này liệt kê các việc của tháng theo thứ tự làm: chuẩn bị, sinh hoạt, biên bản, tự đánh giá, gửi cấp trên, rồi chuẩn bị cho tháng sau.',
      'Ô "Việc nên làm tiếp theo" ở đầu trang cho biết nên làm gì trước. Bấm nút dưới mỗi việc để mở đúng màn hình làm việc đó.',
      'Nhãn màu cho biết trạng thái: Đã xong (xanh lá), Đang làm (xanh dương), Cần làm (cam), Quá hạn (đỏ), Chưa đến lúc (xám).',
      'Hạn chuẩn bị mặc định là ngày 20 tháng trước; ngày sinh hoạt đổi ở Cài đặt. Nếu cấp trên gửi thời hạn, trang theo thời hạn của cấp trên.',
      'Đầu năm có thêm việc đăng ký nêu gương (kèm tên người còn phải đăng ký); cuối năm có kiểm điểm và gửi báo cáo năm.',
      'Nút "Tháng trước", "Tháng sau" để xem lại hoặc xem trước các việc của tháng khác.',
    ],
  },
  '/don-vi': {
    title: 'Đơn vị',
    steps: [
      'Xem tên chi bộ, cấp trên trực tiếp, địa danh, nhiệm kỳ và bí thư hiện tại.',
      'Khi có thay đổi (đổi tên, đổi cấp trên, bầu bí thư mới), bấm "Ghi thay đổi thông tin đơn vị" và nhập ngày bắt đầu áp dụng.',
      'Thông tin cũ được giữ lại: văn bản có ngày trước ngày thay đổi vẫn in theo tên cũ.',
    ],
  },
  '/dang-vien': {
    title: 'Đảng viên',
    steps: [
      'Danh sách xếp theo tên, rồi tên đệm, rồi họ. Có thể tìm bằng chữ không dấu, ví dụ "nguyen thi yen".',
      'Bấm "Thêm đảng viên" để nhập tay, hoặc "Nhập từ Excel" để lấy danh sách có sẵn.',
      'Đảng viên chuyển đi, từ trần… không xóa mà ghi thêm trạng thái có ngày, để sổ sách các năm trước vẫn đúng.',
    ],
  },
  '/so-dang-ky': {
    title: 'Sổ đăng ký nêu gương',
    steps: [
      'Đầu năm, mỗi đảng viên có một bản đăng ký theo khung nội dung chi bộ chọn.',
      'Ghi các việc làm cụ thể cho từng nội dung, có chỉ tiêu và thời hạn.',
      'Sau khi chi bộ xác nhận, bản đăng ký được khóa; muốn sửa thì bấm "Điều chỉnh" và ghi lý do.',
      'Có thể in từng bản hoặc in cả chi bộ thành một tệp PDF.',
    ],
  },
  '/tu-danh-gia': {
    title: 'Tự đánh giá hằng tháng',
    steps: [
      'Chọn tháng. Mỗi dòng là một đảng viên, mỗi cột là một việc đã đăng ký.',
      'Dùng phím mũi tên để di chuyển. Mỗi mức đánh giá có một phím riêng, ghi ở dòng "Phím" phía trên bảng; gõ lại cùng phím thì mức không đổi.',
      `Với thang mặc định: ${levelKeysSentence(defaultScale.data)}. Phím Delete để xóa ô.`,
      'Dữ liệu tự lưu. Danh sách "chưa báo cáo" cho biết còn ai chưa tự đánh giá.',
    ],
  },
  '/sinh-hoat': {
    title: 'Sinh hoạt chi bộ',
    steps: [
      'Tạo buổi sinh hoạt: ngày, giờ, địa điểm, chủ trì, thư ký. Danh sách điểm danh lấy sẵn từ danh sách đảng viên.',
      'Ghi nội dung, ý kiến thảo luận, kết luận và biểu quyết. Các cảnh báo (tỷ lệ dự, thời lượng…) chỉ để nhắc, không chặn.',
      'Bấm "Thông qua biên bản" để khóa biên bản; sau đó chỉ sửa bằng "Điều chỉnh" có ghi ngày và lý do.',
      'Xuất biên bản ra PDF để in, hoặc ra Word để chỉnh thêm.',
    ],
  },
  '/kiem-diem': {
    title: 'Kiểm điểm cuối năm',
    steps: [
      'Chọn năm và ngày kiểm điểm. Ứng dụng tổng hợp kết quả tự đánh giá 12 tháng của từng đảng viên.',
      'Đảng viên được miễn, bị đình chỉ hoặc mới kết nạp chưa đủ 6 tháng không xếp loại; lý do được ghi rõ.',
      'Nhập điểm (30 + 70), ứng dụng gợi ý mức xếp loại và nhắc khi số "xuất sắc" vượt tỷ lệ cho phép.',
      'In báo cáo gửi cấp trên và danh sách xếp loại.',
    ],
  },
  '/dang-phi': {
    title: 'Đảng phí',
    steps: [
      'Trước hết, ở thẻ "Đối tượng và mức đóng", khai báo nhóm của từng đảng viên (có đóng BHXH, lương hưu, học sinh sinh viên…) và mức lương làm căn cứ. Lương thay đổi thì ghi tháng bắt đầu áp dụng; các tháng trước giữ mức cũ.',
      'Bảng thu của tháng tính sẵn mức phải nộp (1% tiền lương đóng BHXH, 0,5% lương hưu, mức cố định cho các nhóm khác — theo Quy định 01-QĐ/TW; cấp trên có thể gửi mức khác).',
      'Nhập số tiền, ngày nộp, hình thức (Cổng Dịch vụ công hoặc tiền mặt). Dùng mũi tên hoặc Enter để di chuyển; ở cột Số tiền, phím "=" điền đúng mức phải nộp; ở cột Hình thức, phím C = Cổng Dịch vụ công, T = Tiền mặt.',
      'Bấm "Đã thu đủ" để ghi một lần cho tất cả các đồng chí còn chưa nộp, theo ngày và hình thức mặc định ở trên bảng.',
      'Nộp trước nhiều tháng: ghi số tháng ở cột "Số tháng"; số tiền tự tính. Chậm đóng có lý do: nhập số tiền 0 và ghi lý do.',
      'Không nộp 2 tháng trong năm: nhắc nhở; 3 tháng: chi bộ xem xét, đề nghị xóa tên. Các cảnh báo hiện ở đây, ở trang Tháng này và trong biên bản sinh hoạt.',
      'Bấm "Điền vào biên bản" để ghi dòng "Tình hình thu nộp đảng phí" vào biên bản tháng; in bảng thu và báo cáo thu nộp gửi cấp trên ra PDF hoặc Excel.',
    ],
  },
  '/lich-viec': {
    title: 'Lịch việc',
    steps: [
      'Danh sách các mốc thời gian của năm, tính từ hồ sơ đảng viên: hết 12 tháng dự bị và họp xét chính thức, Huy hiệu Đảng 30, 40, 45, 50… năm (trao vào 3/2, 19/5, 2/9, 7/11), các bước kiểm điểm cuối năm, đảng viên vắng có lý do nhiều buổi liền, hết thời hạn miễn sinh hoạt hoặc sinh hoạt tạm thời.',
      'Bấm "Mở" để đến màn hình làm việc đó. Làm xong thì đánh dấu ô ở đầu dòng; việc đã xong không nhắc nữa.',
      'Thời hạn tính theo ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết). Cuối trang là bảng ngày nghỉ của năm: thêm, bỏ ngày nghỉ và ngày làm bù theo thông báo của Chính phủ.',
      'Các việc quá hạn hoặc sắp đến hạn cũng hiện ở trang Tháng này.',
    ],
  },
  '/tong-hop': {
    title: 'Tổng hợp các chi bộ',
    steps: [
      'Xem đơn vị nào đã gửi báo cáo, đơn vị nào còn thiếu trong kỳ.',
      'Số liệu tổng cộng tính từ số đảng viên của từng đơn vị, không cộng trung bình tỷ lệ.',
      'Xuất báo cáo tổng hợp ra PDF hoặc Excel.',
    ],
  },
  '/trao-doi': {
    title: 'Trao đổi dữ liệu',
    steps: [
      'Xuất báo cáo: chọn loại và kỳ báo cáo, xem trước số liệu rồi lưu tệp để gửi cấp trên (USB, thư điện tử…).',
      'Nhập tệp: chọn hoặc kéo thả tệp vào. Ứng dụng kiểm tra tệp, cho xem trước, sao lưu rồi mới ghi.',
      'Tệp hỏng hoặc không đúng đơn vị sẽ bị từ chối kèm lý do; dữ liệu đang có không bị thay đổi.',
      'Thẻ "Nhật ký trao đổi" ghi lại các tệp đã nhập và đã xuất. Sau khi lưu tệp báo cáo của tháng, trang Tháng này đánh dấu việc "Gửi báo cáo lên cấp trên" đã xong.',
    ],
  },
  '/sao-luu': {
    title: 'Sao lưu',
    steps: [
      'Ứng dụng tự sao lưu khi đóng, mỗi ngày một lần và sau mỗi lần thông qua, xác nhận.',
      'Bấm "Sao lưu ngay" trước khi làm việc quan trọng. Nên chép thư mục sao lưu ra USB định kỳ.',
      'Phục hồi: chọn bản sao lưu. Trước khi phục hồi, dữ liệu hiện tại được sao lưu để có thể hoàn tác.',
    ],
  },
  '/cai-dat': {
    title: 'Cài đặt',
    steps: [
      'Chọn cỡ chữ (thường, lớn, rất lớn) cho dễ đọc.',
      'Chọn ngày sinh hoạt chi bộ hằng tháng (mặc định ngày 3).',
      'Chọn cách sắp xếp danh sách: theo tên, hoặc bí thư, phó bí thư, chi ủy viên lên đầu.',
      'Dùng thử: bấm "Tạo dữ liệu mẫu" để mở một chi bộ mẫu. Dữ liệu mẫu nằm riêng, có dải vàng ở cuối màn hình; bấm "Về dữ liệu thật" để quay lại. Xóa dữ liệu mẫu không làm thay đổi dữ liệu thật.',
    ],
  },
  '/huong-dan': {
    title: 'Hướng dẫn sử dụng',
    steps: [
      'Bấm tên một mục trong "Mục lục" để đến ngay mục đó.',
      'Hướng dẫn đi theo một tháng làm việc: danh sách đảng viên, sổ đăng ký, tự đánh giá, sinh hoạt và biên bản, gửi báo cáo; rồi kiểm điểm cuối năm, sao lưu.',
      'Muốn chữ to hơn: vào Cài đặt, chọn cỡ chữ "Rất lớn".',
    ],
  },
};

/** The help of the screen at `pathname` (longest matching prefix). */
export function helpFor(pathname: string): HelpTopic {
  const key = Object.keys(HELP)
    .filter((k) => (k === '/' ? pathname === '/' : pathname === k || pathname.startsWith(k + '/')))
    .sort((a, b) => b.length - a.length)[0];
  return HELP[key ?? '/']!;
}
