import { describe, expect, it } from 'vitest';
import type { NgsiEntity } from '../broker';
import { addDays } from './calendar';
import { flowsOfDay, presenceOfDay } from './day';
import { total, valueOf } from './testing';

const ISLANDS = new Set(['42209', '42210', '42211', '42383', '42411']);
const at = (code: string) => (e: NgsiEntity) => valueOf(e, 'locationCode') === code;
const inbound = (e: NgsiEntity) => valueOf(e, 'nationality') !== 'JP';
const dayTotal = (date: string) => total(presenceOfDay(date), () => true);

describe('calendar effects on presence', () => {
  it.each([
    ['2024-10-07', '2024-09-30'],
    ['2025-10-07', '2025-09-30'],
    ['2025-10-09', '2025-10-02'],
  ])('Nagasaki Kunchi %s: Nagasaki city > 1.3 × a week earlier (%s)', (kunchi, before) => {
    expect(total(presenceOfDay(kunchi), at('42201'))).toBeGreaterThan(
      1.3 * total(presenceOfDay(before), at('42201')),
    );
  });

  it.each([
    ['2025-02-01', '2025-03-08'],
    ['2026-02-21', '2026-03-14'],
  ])(
    'Lantern Festival %s: more visitors and more TW/CN/HK in Nagasaki than on %s',
    (fest, after) => {
      const chinese = (e: NgsiEntity) =>
        at('42201')(e) && ['TW', 'CN', 'HK'].includes(String(valueOf(e, 'nationality')));
      const during = presenceOfDay(fest);
      const later = presenceOfDay(after);
      expect(total(during, at('42201'))).toBeGreaterThan(total(later, at('42201')));
      expect(total(during, chinese) / total(during, at('42201'))).toBeGreaterThan(
        2 * (total(later, chinese) / total(later, at('42201'))),
      );
    },
  );

  it.each([
    ['2025-06-03', '2025-06-07'],
    ['2025-11-11', '2025-11-15'],
    ['2026-01-20', '2026-01-24'],
  ])('Saturday beats Tuesday across the prefecture (%s < %s)', (tuesday, saturday) => {
    expect(dayTotal(saturday)).toBeGreaterThan(1.4 * dayTotal(tuesday));
  });

  it('treats the Sunday before a Monday holiday like a Saturday', () => {
    // 2025-07-21 is Marine Day (Monday); 2025-07-27 is an ordinary Sunday.
    expect(dayTotal('2025-07-20')).toBeGreaterThan(1.1 * dayTotal('2025-07-27'));
  });

  it('August beats February over the prefecture', () => {
    const month = (first: string, days: number) =>
      Array.from({ length: days }, (_, i) => dayTotal(addDays(first, i))).reduce((a, b) => a + b);
    expect(month('2025-08-01', 31) / 31).toBeGreaterThan(1.3 * (month('2025-02-01', 28) / 28));
  });
});

describe('who is where', () => {
  it.each(['2024-05-15', '2025-08-20', '2025-12-03'])(
    '%s: Tsushima is over 40 %% inbound, and mostly Korean',
    (date) => {
      const day = presenceOfDay(date);
      const tsushima = total(day, at('42209'));
      const abroad = total(day, (e) => at('42209')(e) && inbound(e));
      const korean = total(day, (e) => at('42209')(e) && valueOf(e, 'nationality') === 'KR');
      expect(abroad / tsushima).toBeGreaterThan(0.4);
      expect(korean / abroad).toBeGreaterThan(0.8);
    },
  );

  it('Nagasaki city at noon: low tens of thousands; a small island: tens to hundreds', () => {
    const day = presenceOfDay('2025-06-04');
    const noon = (code: string) => total(day, (e) => at(code)(e) && valueOf(e, 'hour') === 12);
    const night = (code: string) => total(day, (e) => at(code)(e) && valueOf(e, 'hour') === 3);
    expect(noon('42201')).toBeGreaterThan(10_000);
    expect(noon('42201')).toBeLessThan(40_000);
    expect(night('42201')).toBeLessThan(noon('42201') / 2);
    expect(noon('42383')).toBeGreaterThan(10);
    expect(noon('42383')).toBeLessThan(1_000);
  });
});

describe('flows', () => {
  it.each(['2025-01-04', '2025-08-09', '2025-10-08'])(
    '%s: islands are reached and left by ferry or air only',
    (date) => {
      const modes = new Set<unknown>();
      for (const e of flowsOfDay(date))
        if (
          ISLANDS.has(String(valueOf(e, 'destinationCode'))) ||
          ISLANDS.has(String(valueOf(e, 'originCode')))
        )
          modes.add(valueOf(e, 'transportMode'));
      expect([...modes].sort()).toEqual(['air', 'ferry']);
    },
  );

  it('mainland pairs within the prefecture go by road or rail', () => {
    const mainland = (code: unknown) =>
      /^42\d{3}$/.test(String(code)) && !ISLANDS.has(String(code));
    const modes = new Set(
      flowsOfDay('2025-08-09')
        .filter(
          (e) => mainland(valueOf(e, 'originCode')) && mainland(valueOf(e, 'destinationCode')),
        )
        .map((e) => valueOf(e, 'transportMode')),
    );
    expect([...modes].sort()).toEqual(['rail', 'road']);
  });

  it('islands mostly stay the night; nearby mainland towns mostly come for the day', () => {
    const flows = flowsOfDay('2025-08-09');
    const share = (dest: string) =>
      total(
        flows,
        (e) => valueOf(e, 'destinationCode') === dest && valueOf(e, 'stayType') === 'overnight',
      ) / total(flows, (e) => valueOf(e, 'destinationCode') === dest);
    expect(share('42211')).toBeGreaterThan(0.6);
    expect(share('42308')).toBeLessThan(0.2);
  });

  it('inbound visitors arrive through Fukuoka, Tokyo, Osaka (and Busan ferries via 42)', () => {
    const origins = new Set(
      flowsOfDay('2025-08-09')
        .filter((e) => valueOf(e, 'visitorCategory') === 'inbound')
        .map((e) => String(valueOf(e, 'originCode')))
        .filter((code) => code.length === 2),
    );
    expect([...origins].sort()).toEqual(['13', '27', '40', '42']);
  });
});
