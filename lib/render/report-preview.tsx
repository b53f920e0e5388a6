// The report as HTML (issue 4): the same document model the DOCX and PDF lay out, as semantic HTML
// styled like the printed page. A server component: no hooks, all text rendered as text.
// Paragraphs, value cells, part headings and the signature carry `data-anchor` (the review comment anchor,
// lib/domain/comment-anchor.ts); on the review page (`marks` given) they are focusable and open comments
// are marked; the clicking and selecting lives in components/review/commentable-preview.tsx.
import { cellAnchor, describeAnchor, paragraphAnchor, partAnchor } from '@/lib/domain/comment-anchor';
import { isHeadingRow } from '@/lib/domain/table-layout';
import { isNarrativeKey } from '@/lib/domain/template';
import { DRAFT_MARK, type DocBlock, type DocCell, type DocRow, type DocSection, type DocTable, type DocumentModel } from './document-model';
import { PREVIEW_CSS } from './preview-css';
import { markRuns, type PreviewMarks } from './preview-marks';

const ALIGN_CLASS = { left: 'nb-left', center: 'nb-center', right: 'nb-right' } as const;

/** The attributes that make an element a comment anchor, and its class when open comments are on it. */
function anchorProps(anchor: string, marks: PreviewMarks | undefined, className = '') {
  const ids = marks?.anchors[anchor];
  return {
    'data-anchor': anchor,
    ...(marks ? { tabIndex: 0 } : {}),
    ...(ids ? { 'data-comments': ids.join(' ') } : {}),
    className: [className, ids ? 'nb-commented' : ''].filter(Boolean).join(' ') || undefined,
  };
}

function Cell({ cell, inHeadingRow, marks }: { cell: DocCell; inHeadingRow: boolean; marks: PreviewMarks | undefined }) {
  const spans = {
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
  };
  if (cell.role === 'value') {
    const anchor = cellAnchor(cell.key);
    // On the review page a figure's name shows on hover and is its description, as in the editor.
    return <td {...anchorProps(anchor, marks, ALIGN_CLASS[cell.align])} title={marks ? describeAnchor(anchor) : undefined} {...spans}>{cell.text}</td>;
  }
  const scope = inHeadingRow ? (cell.colSpan > 1 ? 'colgroup' : 'col') : cell.rowSpan > 1 ? 'rowgroup' : 'row';
  const className = `${ALIGN_CLASS[cell.align]}${inHeadingRow ? ' nb-heading-cell' : ''}${cell.narrow ? ' nb-narrow' : ''}`;
  return <th scope={scope} className={className} {...spans}>{cell.text}</th>;
}

function Row({ row, marks }: { row: DocRow; marks: PreviewMarks | undefined }) {
  const heading = isHeadingRow(row);
  return (
    <tr>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} inHeadingRow={heading} marks={marks} />
      ))}
    </tr>
  );
}

function Table({ table, marks }: { table: DocTable; marks: PreviewMarks | undefined }) {
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
              <Row key={i} row={row} marks={marks} />
            ))}
          </thead>
        ) : null}
        <tbody>
          {body.map((row, i) => (
            <Row key={i} row={row} marks={marks} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A paragraph, its quoted stretches highlighted; each highlight names the comments on it. */
function Paragraph({ block, anchor, marks }: { block: Extract<DocBlock, { kind: 'paragraph' }>; anchor: string | null; marks: PreviewMarks | undefined }) {
  const pieces = markRuns(block.runs, (anchor && marks?.quotes[anchor]) || []);
  return (
    <p {...(anchor ? anchorProps(anchor, marks, 'nb-paragraph') : { className: 'nb-paragraph' })}>
      {pieces.map((piece, j) => {
        const text = piece.ids.length > 0 ? <mark className="nb-quote" data-comments={piece.ids.join(' ')}>{piece.text}</mark> : piece.text;
        return piece.subheading ? <strong key={j} className="nb-subheading">{text}</strong> : <span key={j}>{text}</span>;
      })}
    </p>
  );
}

function Section({ section, marks }: { section: DocSection; marks: PreviewMarks | undefined }) {
  // A narrative part's blocks are its paragraphs, in the order paragraph anchors count them.
  const paragraphKey = isNarrativeKey(section.key) ? section.key : null;
  const blocks = section.blocks.map((block, i) =>
    block.kind === 'table' ? (
      <Table key={i} table={block.table} marks={marks} />
    ) : (
      <Paragraph key={i} block={block} anchor={paragraphKey ? paragraphAnchor(paragraphKey, i) : null} marks={marks} />
    ),
  );
  if (!section.heading) return <div className="nb-preamble">{blocks}</div>;
  const id = `nb-part-${section.key}`;
  const anchor = partAnchor(section.key);
  const count = marks?.anchors[anchor]?.length ?? 0;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} {...anchorProps(anchor, marks, 'nb-heading')}>
        {section.heading}
        {count > 0 ? <span className="nb-comment-count" aria-hidden="true">批注{count}</span> : null}
      </h2>
      {blocks}
    </section>
  );
}

export function ReportPreview({ model, marks }: { model: DocumentModel; marks?: PreviewMarks }) {
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
        <Section key={section.key} section={section} marks={marks} />
      ))}
      <footer {...anchorProps(partAnchor('signature'), marks, 'nb-signature')}>
        <p>{model.signature.organ}</p>
        {model.signature.date ? <p>{model.signature.date}</p> : null}
      </footer>
    </article>
  );
}
