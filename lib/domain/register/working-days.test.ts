// 条例 第三十三条 on the 2025 calendar of chinese-days (dist/years/2025.json): 春节 holidays 01-28…02-04 with
// make-up working days Sun 01-26 and Sat 02-08; 国庆/中秋 holidays 10-01…10-08 with make-up days Sun 09-28
// and Sat 10-11. The receipt day is not counted; day 1 is the next working day.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dueDateOf, hasOfficialCalendar, timelinessOf } from './working-days';

describe('working days across holidays and make-up days (2025)', () => {
  it('Spring Festival: received Mon 01-20 → due Fri 02-21 (weekdays alone would say 02-17)', () => {
    // 01-21..24 (4), Sun 01-26 make-up (5), 01-27 (6), holiday 01-28..02-04, 02-05..07 (9), Sat 02-08 make-up (10),
    // 02-10..14 (15), 02-17..21 (20).
    expect(dueDateOf('2025-01-20', false)).toEqual({ due: '2025-02-21', originalDue: '2025-02-21', calendarKnown: true });
  });

  it('National Day: received Fri 09-26 → due Thu 10-30', () => {
    // Sun 09-28 make-up (1), 09-29..30 (3), holiday 10-01..08, 10-09..10 (5), Sat 10-11 make-up (6), 10-13..17 (11),
    // 10-20..24 (16), 10-27..30 (20).
    expect(dueDateOf('2025-09-26', false).due).toBe('2025-10-30');
  });

  it('received on a holiday (10-03): counting starts with the first working day after it', () => {
    // 10-09..10 (2), Sat 10-11 (3), 10-13..17 (8), 10-20..24 (13), 10-27..31 (18), 11-03..04 (20).
    expect(dueDateOf('2025-10-03', false).due).toBe('2025-11-04');
  });

  it('an extension adds 20 working days after the original due date', () => {
    // 02-21 + 20: 02-24..28 (5), 03-03..07 (10), 03-10..14 (15), 03-17..21 (20).
    expect(dueDateOf('2025-01-20', true)).toEqual({ due: '2025-03-21', originalDue: '2025-02-21', calendarKnown: true });
  });

  it('Spring Festival 2024 (holidays 02-10…02-17, make-up Sun 02-04 and Sat 02-18): received 02-05 → 03-08', () => {
    // 02-06..09 (4), holiday, Sun 02-18 make-up (5), 02-19..23 (10), 02-26..03-01 (15), 03-04..08 (20).
    expect(addWorkingDays('2024-02-05', 20)).toBe('2024-03-08');
  });

  it('knows which years the package has an official calendar for', () => {
    expect(hasOfficialCalendar(2025)).toBe(true);
    expect(hasOfficialCalendar(2099)).toBe(false);
    expect(dueDateOf('2099-12-20', false).calendarKnown).toBe(false);
  });
});

describe('late marking', () => {
  const received = { receivedOn: '2025-01-20', extendedOn: null };
  it.each([
    ['on the due date', '2025-02-21', 'on-time'],
    ['one day after', '2025-02-22', 'late'],
  ])('answered %s is %s', (_, answeredOn, state) => {
    expect(timelinessOf({ ...received, answeredOn }, '2025-12-31').state).toBe(state);
  });

  it('an extended case answered 03-20 is on time; without the extension it is late', () => {
    expect(timelinessOf({ receivedOn: '2025-01-20', answeredOn: '2025-03-20', extendedOn: '2025-02-18' }, '2025-12-31').state).toBe('on-time');
    expect(timelinessOf({ receivedOn: '2025-01-20', answeredOn: '2025-03-20', extendedOn: null }, '2025-12-31').state).toBe('late');
  });

  it('an open case is overdue once the day passed its due date', () => {
    expect(timelinessOf({ ...received, answeredOn: null }, '2025-02-21').state).toBe('open');
    expect(timelinessOf({ ...received, answeredOn: null }, '2025-02-24').state).toBe('overdue');
  });
});
