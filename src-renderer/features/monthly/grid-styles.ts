/** Cell styles of the month grid (a plain table: thousands of Mantine cells would be slow). */
export const th = {
  padding: '4px 6px',
  borderBottom: '1px solid var(--mantine-color-gray-4)',
  fontWeight: 600,
  fontSize: '0.8125rem',
  textAlign: 'center' as const,
};

export const td = { padding: '3px 6px', borderBottom: '1px solid var(--mantine-color-gray-3)', fontSize: '0.8125rem' };
