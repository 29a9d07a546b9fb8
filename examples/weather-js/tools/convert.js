'use strict';
const { convert, round, symbol, units } = require('./units');

module.exports = {
  description: 'Convert a temperature between celsius, fahrenheit and kelvin',
  inputSchema: {
    type: 'object',
    properties: {
      value: { type: 'number', description: 'The temperature to convert' },
      from: { type: 'string', enum: units },
      to: { type: 'string', enum: units },
    },
    required: ['value', 'from', 'to'],
  },
  handler({ value, from, to }) {
    const result = convert(value, from, to);
    if (to === 'kelvin' && result < 0) throw new Error(`${value} ${symbol[from]} is below absolute zero`);
    return `${value} ${symbol[from]} = ${round(result)} ${symbol[to]}`;
  },
};
