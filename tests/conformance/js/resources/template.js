module.exports = {
  read: (uri, params) => ({ uri, mimeType: 'application/json', text: JSON.stringify({ id: params.id, templateTest: true, data: `Data for ID: ${params.id}` }) }),
  complete: (variable, value) => ['123', '456', '789'].filter((v) => v.startsWith(value)),
};
