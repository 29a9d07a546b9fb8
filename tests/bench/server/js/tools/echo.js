'use strict';
module.exports = {
  description: 'Return the text it is given',
  inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  handler: ({ text }) => text,
};
