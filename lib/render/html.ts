// A standalone HTML file of the preview (the CLI's `--format html`): the preview's markup in a page.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportPreview } from './report-preview';
import type { DocumentModel } from './document-model';

export function renderHtmlDocument(model: DocumentModel): string {
  const title = `${model.title.organ}${model.title.name}`;
  const page = createElement(
    'html',
    { lang: 'zh-CN' },
    createElement(
      'head',
      null,
      createElement('meta', { charSet: 'utf-8' }),
      createElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      createElement('title', null, title),
      createElement('style', null, 'body { margin: 0; padding: 24px 0; background: #e9ebee; }'),
    ),
    createElement('body', null, createElement(ReportPreview, { model })),
  );
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`;
}
