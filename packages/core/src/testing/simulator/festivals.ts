// Festival days for the simulation. The lunar festivals come from a small
// table (approximate outside it): a simulation needs plausible dates, not an
// almanac; the real projections live in the calendar code.
import { dayOfWeek, type LocalDate, localDate } from '../../values/localDate.js'
import type { FestivalCode } from './catalogues.js'

// [spring festival, qixi, mid-autumn] as MM-DD, per year.
const LUNAR_FESTIVALS: Readonly<Record<number, readonly [string, string, string]>> = {
  2020: ['01-25', '08-25', '10-01'],
  2021: ['02-12', '08-14', '09-21'],
  2022: ['02-01', '08-04', '09-10'],
  2023: ['01-22', '08-22', '09-29'],
  2024: ['02-10', '08-10', '09-17'],
  2025: ['01-29', '08-29', '10-06'],
  2026: ['02-17', '08-19', '09-25'],
  2027: ['02-06', '08-08', '09-15'],
  2028: ['01-26', '08-26', '10-03'],
  2029: ['02-13', '08-16', '09-22'],
  2030: ['02-03', '08-05', '09-12'],
}
const APPROXIMATE: readonly [string, string, string] = ['02-05', '08-15', '09-20']

const on = (year: number, md: string): LocalDate =>
  localDate(year, Number(md.slice(0, 2)), Number(md.slice(3, 5))) ?? (`${year}-01-01` as LocalDate)

const secondSundayOfMay = (year: number): LocalDate => {
  const may1 = on(year, '05-01')
  const firstSunday = 1 + ((7 - dayOfWeek(may1)) % 7)
  return on(year, `05-${String(firstSunday + 7).padStart(2, '0')}`)
}

/** The (approximate, for lunar festivals outside 2020–2030) date of a festival in a Gregorian year. @since 0.1.0 @category testing */
export const festivalDate = (code: FestivalCode, year: number): LocalDate => {
  const lunar = LUNAR_FESTIVALS[year] ?? APPROXIMATE
  switch (code) {
    case 'spring_festival':
      return on(year, lunar[0])
    case 'valentines':
      return on(year, '02-14')
    case 'mothers_day':
      return secondSundayOfMay(year)
    case '520':
      return on(year, '05-20')
    case 'qixi':
      return on(year, lunar[1])
    case 'teachers_day':
      return on(year, '09-10')
    case 'mid_autumn':
      return on(year, lunar[2])
    case 'christmas':
      return on(year, '12-25')
  }
}
