import { boundedText } from './text.js'

/**
 * A person's or organisation's name as the shop writes it (李娜, 欧阳娜娜,
 * Mary Smith, 华美装饰有限公司). Personal data wherever it appears.
 *
 * @since 0.1.0
 * @category values
 */
export const CustomerName = boundedText('CustomerName', 100)
