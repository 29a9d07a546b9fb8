// A resource a client can subscribe to; a real one would call notifyResourceUpdated when it changes.
module.exports = {
  read: () => 'Watched resource content',
  subscribe(uri, context) {
    setTimeout(() => context.notifyResourceUpdated(uri), 100).unref();
  },
};
