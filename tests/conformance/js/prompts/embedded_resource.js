module.exports = {
  get: (args) => [
    { role: 'user', content: { type: 'resource', resource: { uri: args.resourceUri, mimeType: 'text/plain', text: 'Embedded resource content for testing.' } } },
    'Please process the embedded resource above.',
  ],
};
