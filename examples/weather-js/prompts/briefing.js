'use strict';
// A prompt: a weather briefing request for one station, with the station's record embedded.

module.exports = {
  get(args, context) {
    const station = context.connectors.stations.find(args.icao);
    const where = station ? `${station.name} (${args.icao.toUpperCase()})` : args.icao;
    const units = args.units || 'celsius';
    return [
      { role: 'user', content: { type: 'text', text: `Write a short weather briefing for ${where}, temperatures in ${units}. Use the tools to convert units and compute the dew point.` } },
    ];
  },
  complete(argument, value, context) {
    if (argument === 'units') return ['celsius', 'fahrenheit', 'kelvin'].filter((u) => u.startsWith(value));
    return context.connectors.stations.ids().filter((id) => id.startsWith(String(value).toUpperCase()));
  },
};
