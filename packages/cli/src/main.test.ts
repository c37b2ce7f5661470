import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from './store/openStore.js'
import { cliHarness } from './testing.test-support.js'

const CUSTOMERS = [
  '编号,姓名,电话,生日,类型,来源,备注',
  'C001,李娜,138 1234 5678,农历三月初五,个人,进店,喜欢百合',
  'C002,欧阳娜娜,13900001111,1990/6/12,,,',
  'C003,华美装饰有限公司,021-12345678,,单位,介绍,',
].join('\n')

const PURCHASES = [
  '编号,日期,金额,品类,场合',
  'C001,2026/6/1,¥199.00,花束,生日',
  'C001,2026年6月5日,"￥1,299.5",绿植,',
  'C002,2026.5.20,520元,花束,纪念日',
  'C003,2026-06-09,88,花篮,商务',
].join('\n')

const imported = async () => {
  const h = cliHarness()
  expect((await h.run('import', 'customers', h.file('customers.csv', `\ufeff${CUSTOMERS}`))).code).toBe(0)
  expect((await h.run('import', 'purchases', h.file('purchases.csv', PURCHASES))).code).toBe(0)
  return h
}

describe('clientele import', () => {
  it('registers customers with their birthdays and notes, and logs purchases', async () => {
    const h = cliHarness()
    const customers = await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    expect(customers).toMatchObject({ code: 0, stderr: '' })
    expect(customers.stdout).toContain('customers: 3 rows — 3 imported, 0 already there, 0 rejected; 6 events written for 3 customers')
    const purchases = await h.run('import', 'purchases', h.file('purchases.csv', PURCHASES), '--json')
    expect(JSON.parse(purchases.stdout)).toMatchObject({ kind: 'purchases', rows: 4, imported: 4, unchanged: 0, rejected: 0, eventsWritten: 4 })
    expect(await h.eventCount()).toBe(10)
  })

  it('adds nothing when the same files are imported again', async () => {
    const h = await imported()
    const before = await h.eventCount()
    const again = await h.run('import', 'customers', 'customers.csv', '--json')
    const againPurchases = await h.run('import', 'purchases', 'purchases.csv', '--json')
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, unchanged: 3, eventsWritten: 0 })
    expect(JSON.parse(againPurchases.stdout)).toMatchObject({ imported: 0, unchanged: 4, eventsWritten: 0 })
    expect(await h.eventCount()).toBe(before)
  })

  it('records only what changed when a corrected customers file is imported again', async () => {
    const h = await imported()
    const before = await h.eventCount()
    const corrected = CUSTOMERS.replace('13900001111', '13900002222')
    const result = await h.run('import', 'customers', h.file('customers.csv', corrected), '--json')
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 1, unchanged: 2, eventsWritten: 1 })
    expect(await h.eventCount()).toBe(before + 1)
    expect((await h.run('find', '2222')).stdout).toContain('欧阳娜娜')
  })

  it('refuses a purchase imported before under the same receipt number with other content', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    expect((await h.run('import', 'purchases', h.file('p.csv', '编号,日期,金额,单号\nC001,2026-06-01,199,R-1\n'))).code).toBe(0)
    const before = await h.eventCount()
    const changed = await h.run('import', 'purchases', h.file('p.csv', '编号,日期,金额,单号\nC001,2026-06-01,299,R-1\n'))
    expect(changed.code).toBe(2)
    expect(changed.stderr).toContain('line 2, 单号: this purchase was imported before with other details (same id R-1)')
    expect(await h.eventCount()).toBe(before)
  })

  it('registers customers on --date when the file has no registration day, and notes purchases dated before it', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS), '--date', '2026-06-01')
    const purchases = await h.run('import', 'purchases', h.file('purchases.csv', PURCHASES))
    expect(purchases.code).toBe(0)
    // C002's purchase of 2026-05-20 predates the archive.
    expect(purchases.stdout).toContain("note: 1 purchase is dated before their customer's registration day")
    expect(JSON.parse((await h.run('profile', 'C001', '--json')).stdout).registration.registeredOn).toBe('2026-06-01')
  })

  it('imports nothing from a file with a bad row, and names line, column and reason only', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    const before = await h.eventCount()
    const bad = PURCHASES.replace('C002,2026.5.20,520元', 'C002,2026.5.32,520元').replace('C003,2026-06-09,88', 'C003,2026-06-09,八十八')
    const result = await h.run('import', 'purchases', h.file('purchases.csv', bad))
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('line 4, 日期: names a day that does not exist in that month')
    expect(result.stderr).toContain('line 5, 金额: is not an amount')
    expect(result.stderr).toContain('2 rows are invalid; nothing was imported')
    for (const personal of ['李娜', '欧阳娜娜', '13900001111', '八十八', '2026.5.32', 'C002']) expect(result.stderr).not.toContain(personal)
    expect(await h.eventCount()).toBe(before)
  })

  it('with --json also prints the refused rows as JSON on stdout', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    const result = await h.run('import', 'purchases', h.file('p.csv', '编号,日期,金额\nC001,2026-06-31,10\n'), '--json')
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toEqual({
      error: {
        kind: 'RowsInvalid',
        exitCode: 2,
        messages: [expect.stringMatching(/^line 2, 日期/), expect.stringMatching(/^error: 1 row is invalid/)],
        problems: [{ line: 2, field: '日期', reason: 'names a day that does not exist in that month' }],
      },
    })
  })

  it('finds customers imported by 编号 when a purchases file names them by phone', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', `${CUSTOMERS}\nC004,王伟,13900001111,,,,`))
    const byPhone = h.file('by-phone.csv', '电话,日期,金额\n+86 138 1234 5678,2026-06-02,50\n13900001111,2026-06-02,60\n021 1234 5678,2026-06-03,70\n')
    const result = await h.run('import', 'purchases', byPhone)
    expect(result.code).toBe(2)
    // C002 and C004 share 13900001111: which one bought is not ours to guess.
    expect(result.stderr).toContain('line 3, 电话: is the number of 2 customers; refer to the customer by 编号')
    expect(result.stderr).not.toContain('13900001111')
    const good = await h.run('import', 'purchases', h.file('good.csv', '电话,日期,金额\n+86 138 1234 5678,2026-06-02,50\n021 1234 5678,2026-06-03,70\n'), '--json')
    expect(JSON.parse(good.stdout)).toMatchObject({ imported: 2, eventsWritten: 2 })
    const profile = JSON.parse((await h.run('profile', 'C001', '--json')).stdout)
    expect(profile.totals.count).toBe(1)
    expect(profile).not.toHaveProperty('purchaseDays')
    expect(profile).not.toHaveProperty('purchaseRefunded')
    expect(profile.purchases).toMatchObject([{ purchase: { purchasedOn: '2026-06-02', amount: { amount: 5000 } }, refunded: 0 }])
    const again = await h.run('import', 'purchases', 'good.csv', '--json')
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, unchanged: 2, eventsWritten: 0 })
  })

  it('refuses purchases of a customer never imported, all or nothing', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    const before = await h.eventCount()
    const result = await h.run('import', 'purchases', h.file('purchases.csv', `${PURCHASES}\nC999,2026-06-01,10,,`))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^line 6, 编号: no customer with this reference was imported/m)
    expect(result.stderr).not.toContain('C999')
    expect(await h.eventCount()).toBe(before)
  })

  it('with --accept-good imports the good rows and writes the bad ones, as they were, to the rejects file', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    const before = await h.eventCount()
    const bad = `${PURCHASES}\nC002,昨天,10,花束,\n"C001","2026-06-07","abc","花束, 大束",`
    const result = await h.run('import', 'purchases', h.file('purchases.csv', bad), '--accept-good', '--rejects', 'rejects.csv')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('6 rows — 4 imported, 0 already there, 2 rejected; 4 events written')
    expect(result.stderr).toContain('line 6, 日期: is not a date')
    expect(result.stderr).not.toContain('昨天')
    expect(await h.eventCount()).toBe(before + 4)
    const rejects = readFileSync(join(h.dir, 'rejects.csv'), 'utf8')
    expect(rejects.split('\r\n')).toEqual([
      '\ufeff编号,日期,金额,品类,场合,import_line,import_problem',
      'C002,昨天,10,花束,,6,"日期: is not a date (e.g. 2021-06-05, 2021/6/5, 2021.6.5 or 2021年6月5日)"',
      'C001,2026-06-07,abc,"花束, 大束",,7,"金额: is not an amount (e.g. 199, 199.50, ¥1,299.5, 199元)"',
      '',
    ])
    // The fixed rejects file imports cleanly, its two added columns ignored.
    h.file('rejects.csv', rejects.replace('昨天', '2026-06-08').replace(',abc,', ',66,'))
    const fixed = await h.run('import', 'purchases', 'rejects.csv')
    expect(fixed).toMatchObject({ code: 0, stderr: '' })
    expect(fixed.stdout).not.toContain('ignored')
    expect(await h.eventCount()).toBe(before + 6)
  })

  it('skips title rows above the header and still reports file line numbers', async () => {
    const h = cliHarness()
    const result = await h.run('import', 'customers', h.file('c.csv', `XX花店客户档案,,\n${CUSTOMERS}\n,王伟,1390000\n`))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('line 6, 电话: has the wrong number of digits')
    const fixed = await h.run('import', 'customers', h.file('c.csv', `XX花店客户档案,,\n${CUSTOMERS}\n`))
    expect(fixed.stdout).toContain('skipped 1 title row above the header')
    expect(await h.eventCount()).toBe(6)
  })

  it('refuses a rejects file that is the file being imported', async () => {
    const h = cliHarness()
    const result = await h.run('import', 'purchases', h.file('p.csv', PURCHASES), '--accept-good', '--rejects', './p.csv')
    expect(result).toMatchObject({ code: 2, stderr: 'error: --rejects: names the file being imported; it would be overwritten\n' })
  })

  it('refuses a row with more cells than the header (an unquoted comma), and imports nothing', async () => {
    const h = cliHarness()
    const file = ['编号,姓名,电话,地址', 'C1,李娜,13800000000,"北京市,朝阳区"', 'C2,王伟,13900000000,北京市,朝阳区', 'C3,张三,13700000000,上海市,,'].join('\n')
    const result = await h.run('import', 'customers', h.file('c.csv', file))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('line 3, row: has 1 more cell than the header has columns (a value with a comma needs quotes)')
    expect(result.stderr).not.toContain('line 2')
    expect(result.stderr).not.toContain('line 4') // trailing empty cells are harmless
    expect(result.stderr).not.toContain('朝阳')
    expect(await h.eventCount()).toBe(0)
  })

  it('refuses a rejects file that is the store or, through a link, the file being imported; both stay as they were', async () => {
    const h = await imported()
    const before = await h.eventCount()
    const toStore = await h.run('import', 'purchases', 'purchases.csv', '--accept-good', '--rejects', 'clientele.db')
    expect(toStore).toMatchObject({ code: 2, stderr: 'error: --rejects: names the store; it would be overwritten\n' })
    const named = await h.run('import', 'purchases', 'purchases.csv', '--store', 'shop.db', '--accept-good', '--rejects', './shop.db-wal')
    expect(named).toMatchObject({ code: 2, stderr: 'error: --rejects: names the store; it would be overwritten\n' })
    symlinkSync(join(h.dir, 'purchases.csv'), join(h.dir, 'link.csv'))
    const linked = await h.run('import', 'purchases', 'purchases.csv', '--accept-good', '--rejects', 'link.csv')
    expect(linked).toMatchObject({ code: 2, stderr: 'error: --rejects: names the file being imported; it would be overwritten\n' })
    expect(readFileSync(join(h.dir, 'purchases.csv'), 'utf8')).toBe(PURCHASES)
    expect(await h.eventCount()).toBe(before)
  })

  it('refuses a --store that looks like a connection string it does not know, without repeating it', async () => {
    const h = cliHarness()
    for (const store of ['esdb:/admin:S3cretPw@localhost', 'https://admin:S3cretPw@example.com', 'admin:S3cretPw@localhost', 'esdb//admin:S3cretPw@h']) {
      const result = await h.run('agenda', '--store', store)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('--store: looks like a connection string')
      expect(result.stderr).not.toContain('S3cretPw')
      const importing = await h.run('import', 'customers', h.file('c.csv', CUSTOMERS), '--store', store)
      expect(importing.code).toBe(2)
      expect(importing.stderr).not.toContain('S3cretPw')
    }
    expect(readdirSync(h.dir)).toEqual(['c.csv'])
  })

  it('with --dry-run against a store not created yet decides every row and creates no file', async () => {
    const h = cliHarness()
    const dry = await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS), '--dry-run', '--store', 'new.db')
    expect(dry).toMatchObject({ code: 0 })
    expect(dry.stdout).toContain('dry run, nothing written — customers: 3 rows — 3 to import')
    expect(readdirSync(h.dir)).toEqual(['customers.csv'])
  })

  it('with --dry-run checks and decides every row and writes nothing', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    const before = await h.eventCount()
    const dry = await h.run('import', 'purchases', h.file('purchases.csv', PURCHASES), '--dry-run')
    expect(dry.stdout).toContain('dry run, nothing written — purchases: 4 rows — 4 to import, 0 already there, 0 rejected; 0 events written')
    expect(await h.eventCount()).toBe(before)
    const refused = await h.run('import', 'purchases', h.file('bad.csv', `${PURCHASES}\nC999,2026-06-01,10,,`), '--dry-run')
    expect(refused.code).toBe(2)
  })

  it('reads a GBK file saved by Excel on a Chinese Windows', async () => {
    const h = cliHarness()
    // 姓名,电话 / 李娜,13812345678 in GBK.
    const gbk = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0a, 0xc0, 0xee, 0xc4, 0xc8, 0x2c, ...Buffer.from('13812345678\n')])
    const result = await h.run('import', 'customers', h.file('gbk.csv', gbk))
    expect(result.stdout).toContain('read as gb18030')
    expect((await h.run('find', '李娜')).stdout).toContain('13812345678')
  })

  it('refuses a file whose header lacks a required column', async () => {
    const h = cliHarness()
    const result = await h.run('import', 'purchases', h.file('p.csv', '编号,金额\nC001,10\n'))
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toBe('error: line 1: the header has no date column\n')
  })

  it('says which file cannot be read', async () => {
    const h = cliHarness()
    const result = await h.run('import', 'customers', 'missing.csv')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/cannot read .*missing\.csv: ENOENT/)
  })
})

describe('clientele find, profile, agenda, report, rebuild', () => {
  it('finds by surname, pinyin initials and the last digits of a phone', async () => {
    const h = await imported()
    expect((await h.run('find', '李')).stdout).toMatch(/李娜\s+13812345678\s+2026-06-05\s+¥1,498\.50/)
    expect((await h.run('find', 'oy')).stdout).toContain('欧阳娜娜')
    const byDigits = JSON.parse((await h.run('find', '5678', '--json')).stdout)
    expect(byDigits.customers.map((c: { name: string }) => c.name).sort()).toEqual(['华美装饰有限公司', '李娜'])
  })

  it('aligns tables by display width, Chinese counting double', async () => {
    const h = await imported()
    const lines = (await h.run('find', '5678')).stdout.split('\n')
    const phoneColumn = (line: string) => {
      const at = line.search(/\d{3}/)
      return [...line.slice(0, at)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
    }
    expect(phoneColumn(lines[2]!)).toBe(phoneColumn(lines[3]!))
  })

  it('shows a profile by 编号, by phone and by id, and exits 3 when nobody matches', async () => {
    const h = await imported()
    const byNumber = await h.run('profile', 'C001')
    expect(byNumber.code).toBe(0)
    expect(byNumber.stdout).toContain('birthday    农历三月初五')
    const id = /id\s+([0-9a-f-]{36})/.exec(byNumber.stdout)![1]!
    expect((await h.run('profile', '+86 138 1234 5678')).stdout).toBe(byNumber.stdout)
    expect(JSON.parse((await h.run('profile', id, '--json')).stdout)).toMatchObject({ customerId: id, name: '李娜', totals: { net: 149850, count: 2 } })
    const none = await h.run('profile', 'C404')
    expect(none).toMatchObject({ code: 3, stdout: '', stderr: 'error: no customer matches\n' })
  })

  it('prints the agenda of a day, with the lunar birthday projected onto the year', async () => {
    const h = await imported()
    // 农历三月初五 falls on 2026-04-21.
    const agenda = await h.run('agenda', '--date', '2026-04-20', '--json')
    expect(agenda.code).toBe(0)
    const items = JSON.parse(agenda.stdout).items as Array<{ reason: string; details: { occursOn?: string } }>
    expect(items.find((i) => i.reason === 'anniversary')?.details.occursOn).toBe('2026-04-21')
    expect((await h.run('agenda')).stdout).toMatch(/^agenda for 2026-06-10$/m)
  })

  it('refuses a bad --date or --tz with exit 2, naming the option', async () => {
    const h = await imported()
    expect(await h.run('agenda', '--date', '2026-02-30')).toMatchObject({ code: 2, stderr: 'error: --date: names a day that does not exist in that month\n' })
    expect(await h.run('report', 'sales', '--tz', 'Mars/Base')).toMatchObject({ code: 2, stderr: 'error: --tz: is not an IANA time zone (e.g. Asia/Shanghai)\n' })
  })

  it('prints each report as a table and as JSON', async () => {
    const h = await imported()
    const sales = await h.run('report', 'sales', '--date', '2026-06-10', '--json')
    expect(JSON.parse(sales.stdout)).toMatchObject({ asOf: '2026-06-10', total: { purchases: 4, gross: 149850 + 52000 + 8800 } })
    expect((await h.run('report', 'sales', '--from', '2026-06-01')).stdout).toMatch(/^3 purchases, gross ¥1,586\.50/m)
    const tiers = JSON.parse((await h.run('report', 'tiers', '--json')).stdout)
    expect(tiers.customers).toHaveLength(3)
    for (const name of ['tiers', 'churn', 'complaints', 'sales']) expect((await h.run('report', name)).code).toBe(0)
    expect((await h.run('report', 'weather')).code).toBe(2)
  })

  it('rebuilds the views from the whole store and prints counts', async () => {
    const h = await imported()
    const rebuilt = JSON.parse((await h.run('rebuild', '--json')).stdout)
    expect(rebuilt).toMatchObject({ events: 10, customers: 3, purchases: 4, anniversaries: 2 })
  })
})

describe('the command line', () => {
  it('exits 2 on an unknown command or option without echoing it', async () => {
    const h = cliHarness()
    expect(await h.run('13812345678')).toMatchObject({ code: 2, stderr: 'error: unknown command\nrun `clientele help` for usage\n' })
    const option = await h.run('find', '李', '--phone=13812345678')
    expect(option.code).toBe(2)
    expect(option.stderr).not.toContain('13812345678')
    const dashed = await h.run('find', '李', '--13812345678')
    expect(dashed).toMatchObject({ code: 2 })
    expect(dashed.stderr).toContain('unknown option')
    expect(dashed.stderr).not.toContain('1381234')
    expect((await h.run('find', '李', '--bogus')).stderr).toContain('unknown option --bogus')
    expect((await h.run('import', 'customers')).code).toBe(2)
  })

  it('prints help with exit 0 when asked, and with exit 2 when no command is given', async () => {
    const h = cliHarness()
    expect((await h.run('help')).code).toBe(0)
    expect((await h.run('--help')).stdout).toContain('clientele import customers <file.csv>')
    expect((await h.run()).code).toBe(2)
  })

  it('opens the store --store names, relative to the working directory', async () => {
    const h = cliHarness()
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS), '--store', 'other.db')
    expect(JSON.parse((await h.run('find', '李', '--store', 'other.db', '--json')).stdout).total).toBe(1)
    const missing = await h.run('find', '李')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^error: there is no store at .*clientele\.db \(import a file first/)
    expect(existsSync(join(h.dir, 'clientele.db'))).toBe(false)
  })

  it('writes an import in bulk and makes it durable with a last durable append', async () => {
    const modes: string[] = []
    const h = cliHarness({ opener: async (target, mode) => (modes.push(mode ?? 'durable'), openStore(target, mode)) })
    await h.run('import', 'customers', h.file('customers.csv', CUSTOMERS))
    await h.run('find', '李')
    expect(modes).toEqual(['bulk', 'durable', 'read'])
    expect(await h.eventCount()).toBe(6)
  })

  it('exits 1 when the store cannot be opened', async () => {
    const h = cliHarness({ opener: async () => ({ _tag: 'Left', left: { _tag: 'StoreOpenFailed', reason: 'disk gone' } }) })
    expect(await h.run('find', '李')).toMatchObject({ code: 1, stderr: 'error: cannot open the store: disk gone\n' })
  })
})
