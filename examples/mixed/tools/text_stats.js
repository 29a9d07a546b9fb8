'use strict';

module.exports = {
  description: 'Count characters, words, sentences and the most frequent words of a text',
  inputSchema: {
    type: 'object',
    properties: {
      text: { type: 'string' },
      top: { type: 'integer', description: 'How many frequent words to list (default 3)' },
    },
    required: ['text'],
  },
  handler({ text, top = 3 }) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) || [];
    const sentences = text.split(/[.!?]+/).filter((s) => s.trim()).length;
    const counts = new Map();
    for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
    const frequent = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([w, n]) => `${w} (${n})`);
    return `${[...text].length} characters, ${words.length} words, ${sentences} sentences; most frequent: ${frequent.join(', ')}`;
  },
};
