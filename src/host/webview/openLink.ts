import * as vscode from 'vscode';

/** Opens a link from a webview in the user's browser, if it is http(s); anything else is ignored. */
export async function openExternalLink(url: string): Promise<boolean> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(url, true);
  } catch {
    return false;
  }
  if (uri.scheme !== 'https' && uri.scheme !== 'http') return false;
  return vscode.env.openExternal(uri);
}
