'use strict';
// A resource template: station://{icao} reads one station from the stations connector as JSON.
// complete() suggests codes while the user types; list() names every concrete station resource.

module.exports = {
  read(uri, params, context) {
    const station = context.connectors.stations.find(params.icao);
    if (!station) throw new Error(`no station ${params.icao}; known: ${context.connectors.stations.ids().join(', ')}`);
    return { text: JSON.stringify(station, null, 2), mimeType: 'application/json' };
  },
  complete(variable, value, context) {
    return context.connectors.stations.ids().filter((id) => id.startsWith(String(value).toUpperCase()));
  },
  list(context) {
    return context.connectors.stations.ids().map((id) => ({ uri: `station://${id}`, name: id }));
  },
};
