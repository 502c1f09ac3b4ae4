import { describe, expect, it } from 'vitest';
import { activeYears, formatDateRange, formatPartialDate } from '../../src/lib/dates.ts';

describe('partial dates', () => {
  it('shows each precision honestly', () => {
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2020-06')).toBe('June 2020');
    expect(formatPartialDate('2019-12-31')).toBe('31 December 2019');
  });
  it('formats ranges, open ranges and single days', () => {
    expect(formatDateRange('2018-06-01', '2019-12-31')).toBe('1 June 2018 – 31 December 2019');
    expect(formatDateRange('2020-06')).toBe('from June 2020');
    expect(formatDateRange('2017-09-12', '2017-09-12')).toBe('12 September 2017');
    expect(formatDateRange()).toBeUndefined();
  });
  it('counts every year an entry was active', () => {
    expect(activeYears('2018-06-01', '2020')).toEqual([2018, 2019, 2020]);
    expect(activeYears('2024-05-21')).toEqual([2024]);
    expect(activeYears(undefined, '2019')).toEqual([2019]);
    expect(activeYears()).toEqual([]);
  });
});
