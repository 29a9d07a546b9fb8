'use strict';
// A connector: connect(config) runs once at start; tools reach the result as context.connectors.stations.
// Here the "backend" is the station list in config.yaml, so the server works with --network none.

module.exports = {
  connect(config) {
    const list = Array.isArray(config.stations) ? config.stations : [];
    const byId = new Map(list.map((s) => [String(s.id).toUpperCase(), s]));
    return {
      find: (id) => byId.get(String(id).toUpperCase()),
      ids: () => [...byId.keys()],
    };
  },
};
