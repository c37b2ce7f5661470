/** `clientele help`. @since 0.1.0 @category commands */
export const HELP = `clientele — a shop's customer archive from the command line

usage:
  clientele import customers <file.csv>   register customers (客户档案)
  clientele import purchases <file.csv>   log purchases (消费记录)
  clientele find <query>                  by name part, surname, pinyin initials or phone digits
  clientele profile <id|phone|编号>        one customer at the counter
  clientele agenda [--date YYYY-MM-DD]    whom to contact today, and why
  clientele report tiers|churn|complaints|sales [--date D] [--from D]
  clientele rebuild                       replay the whole store and print counts

options:
  --store <file|esdb://…>  the store: a SQLite file (default ./clientele.db) or an
                           EventStoreDB / KurrentDB connection string
  --json                   print JSON for scripts instead of tables
  --tz <zone>              the shop's time zone (default Asia/Shanghai)
  --date <day>             the day (default: today in --tz)
  --from <day>             first day of a report's period (sales, complaints)
  --limit <n>              how many lines a list shows (default 20)
  --accept-good            import the good rows even when some are bad
  --rejects <file.csv>     with --accept-good: write the bad rows to this file
  --dry-run                check and decide every row of an import, write nothing

exit status: 0 ok, 1 failure (store, unexpected), 2 bad input, 3 not found
`
