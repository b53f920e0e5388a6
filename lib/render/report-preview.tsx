// The report as HTML (issue 4): the same document model the DOCX and PDF lay out, as semantic HTML
// styled like the printed page. A server component: no hooks, all text rendered as text.
import { isHeadingRow } from '@/lib/domain/table-layout';
import { DRAFT_MARK, type DocCell, type DocRow, type DocSection, type DocTable, type DocumentModel } from './document-model';
import { PREVIEW_CSS } from './preview-css';

const ALIGN_CLASS = { left: 'nb-left', center: 'nb-center', right: 'nb-right' } as const;

function Cell({ cell, inHeadingRow }: { cell: DocCell; inHeadingRow: boolean }) {
  const spans = {
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
  };
  if (cell.role === 'value') return <td className={ALIGN_CLASS[cell.align]} {...spans}>{cell.text}</td>;
  const scope = inHeadingRow ? (cell.colSpan > 1 ? 'colgroup' : 'col') : cell.rowSpan > 1 ? 'rowgroup' : 'row';
  const className = `${ALIGN_CLASS[cell.align]}${inHeadingRow ? ' nb-heading-cell' : ''}${cell.narrow ? ' nb-narrow' : ''}`;
  return <th scope={scope} className={className} {...spans}>{cell.text}</th>;
}

function Row({ row }: { row: DocRow }) {
  const heading = isHeadingRow(row);
  return (
    <tr>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} inHeadingRow={heading} />
      ))}
    </tr>
  );
}

function Table({ table }: { table: DocTable }) {
  const head = table.rows.filter((r) => r.header);
  const body = table.rows.filter((r) => !r.header);
  return (
    <div className="nb-table-wrap">
      <table className="nb-table">
        <caption className="nb-visually-hidden">{table.caption}</caption>
        <colgroup>
          {table.columnWidths.map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        {head.length > 0 ? (
          <thead>
            {head.map((row, i) => (
              <Row key={i} row={row} />
            ))}
          </thead>
        ) : null}
        <tbody>
          {body.map((row, i) => (
            <Row key={i} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ section }: { section: DocSection }) {
  const blocks = section.blocks.map((block, i) =>
    block.kind === 'table' ? (
      <Table key={i} table={block.table} />
    ) : (
      <p key={i} className="nb-paragraph">
        {block.runs.map((run, j) =>
          run.subheading ? (
            <strong key={j} className="nb-subheading">
              {run.text}
            </strong>
          ) : (
            <span key={j}>{run.text}</span>
          ),
        )}
      </p>
    ),
  );
  if (!section.heading) return <div className="nb-preamble">{blocks}</div>;
  const id = `nb-part-${section.key}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="nb-heading">
        {section.heading}
      </h2>
      {blocks}
    </section>
  );
}

export function ReportPreview({ model }: { model: DocumentModel }) {
  return (
    <article className={model.draft ? 'nb-report nb-draft' : 'nb-report'} lang="zh-CN">
      <style href="nianbao-report-preview" precedence="default">
        {PREVIEW_CSS}
      </style>
      {model.draft ? (
        <>
          <div className="nb-watermark" aria-hidden="true">
            {DRAFT_MARK}
          </div>
          <p className="nb-draft-mark" role="note">
            {DRAFT_MARK}
          </p>
        </>
      ) : null}
      <h1 className="nb-title">
        <span className="nb-title-line">{model.title.organ}</span>
        <span className="nb-title-line">{model.title.name}</span>
      </h1>
      {model.sections.map((section) => (
        <Section key={section.key} section={section} />
      ))}
      <footer className="nb-signature">
        <p>{model.signature.organ}</p>
        {model.signature.date ? <p>{model.signature.date}</p> : null}
      </footer>
    </article>
  );
}
