// Starts `factlint lsp` for Markdown and plain-text documents. No build step: run
// `npm install` in this folder, then open the folder in VS Code and press F5, or package it
// with `npx @vscode/vsce package`.
const { workspace } = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const settings = workspace.getConfiguration('factlint');
  const server = { command: settings.get('path') || 'factlint', args: ['lsp'] };
  client = new LanguageClient('factlint', 'factlint', server, {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // Configuration and house-rule files: a change re-lints every open article.
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{yml,yaml}') },
    initializationOptions: {
      debounceMs: settings.get('debounceMs'),
      config: settings.get('config') || undefined,
    },
  });
  client.start();
  context.subscriptions.push(client);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
