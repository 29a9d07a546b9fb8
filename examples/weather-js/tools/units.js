'use strict';
// Shared by the tools next to it: the image keeps the tools/ folder whole.
const toKelvin = {
  celsius: (v) => v + 273.15,
  fahrenheit: (v) => ((v - 32) * 5) / 9 + 273.15,
  kelvin: (v) => v,
};
const fromKelvin = {
  celsius: (k) => k - 273.15,
  fahrenheit: (k) => ((k - 273.15) * 9) / 5 + 32,
  kelvin: (k) => k,
};
const symbol = { celsius: '°C', fahrenheit: '°F', kelvin: 'K' };

function convert(value, from, to) {
  return fromKelvin[to](toKelvin[from](value));
}

function round(v, digits = 2) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

module.exports = { convert, round, symbol, units: Object.keys(symbol) };
