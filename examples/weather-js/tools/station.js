'use strict';

module.exports = {
  description: 'Look up a weather station by its ICAO code',
  inputSchema: {
    type: 'object',
    properties: { id: { type: 'string', description: 'ICAO code, e.g. EDDB' } },
    required: ['id'],
  },
  handler({ id }, { connectors }) {
    const station = connectors.stations.find(id);
    if (!station) throw new Error(`no station ${id}; known: ${connectors.stations.ids().join(', ')}`);
    return `${station.id}: ${station.name}, elevation ${station.elevation_m} m`;
  },
};
