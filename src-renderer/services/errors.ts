/** One way to turn anything thrown into the Vietnamese sentence a screen shows. */
export function errorMessage(e: unknown, fallback = 'Đã có lỗi; hãy thử lại.'): string {
  if (e instanceof Error && e.message.trim()) return e.message;
  if (typeof e === 'string' && e.trim()) return e;
  return fallback;
}
