// An ES module tool: the runtime imports it and uses the default export.
const A = 17.62;
const B = 243.12; // °C, Magnus coefficients (Sonntag 1990), good from -45 °C to 60 °C

export default {
  description: 'Dew point from air temperature (°C) and relative humidity (%)',
  inputSchema: {
    type: 'object',
    properties: {
      temperature_c: { type: 'number' },
      humidity: { type: 'number', description: 'Relative humidity in percent (0-100]' },
    },
    required: ['temperature_c', 'humidity'],
  },
  handler({ temperature_c: t, humidity: rh }, context) {
    if (!(rh > 0 && rh <= 100)) throw new Error('humidity must be in (0, 100]');
    const gamma = Math.log(rh / 100) + (A * t) / (B + t);
    const dew = (B * gamma) / (A - gamma);
    const value = context.config.units === 'imperial' ? `${(dew * 9 / 5 + 32).toFixed(1)} °F` : `${dew.toFixed(1)} °C`;
    return `Dew point: ${value}`;
  },
};
