module.exports = { handler: () => ({ content: [{ type: 'audio', data: 'UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=', mimeType: 'audio/wav' }] }) };
