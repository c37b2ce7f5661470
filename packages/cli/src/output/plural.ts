/** `1 row`, `2 rows`. English words only; each caller names its plural. @since 0.1.0 @category output */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
