// Styles of the HTML preview (report-preview.tsx): the printed page of spec §8 on screen.
// Plain CSS text, scoped under .nb-report, so the app and the CLI's standalone HTML share it.
const SERIF = '"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';
const TITLE = '"方正小标宋简体", "FZXiaoBiaoSong-B05S", STZhongsong, "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';
const SANS = '"黑体", SimHei, STHeiti, "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif';
const KAI = '"楷体_GB2312", "楷体", KaiTi, STKaiti, "Noto Serif CJK SC", serif';

export const PREVIEW_CSS = `
.nb-report { position: relative; box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm;
  margin: 0 auto; padding: 37mm 26mm 35mm 28mm; isolation: isolate; background: #fff; color: #000; font-family: ${SERIF};
  font-size: 16pt; line-height: 28.95pt; box-shadow: 0 1px 4px rgba(0,0,0,.25); overflow: hidden; }
.nb-report * { box-sizing: border-box; }
.nb-title { margin: 0 0 28.95pt; font-family: ${TITLE}; font-size: 22pt; line-height: 35pt; font-weight: 700; text-align: center; }
.nb-title-line { display: block; }
.nb-heading { margin: 0; font-family: ${SANS}; font-size: 16pt; font-weight: 400; text-indent: 2em; line-height: 28.95pt; }
.nb-paragraph { margin: 0; text-indent: 2em; text-align: justify; line-break: strict; word-break: normal; overflow-wrap: anywhere; }
.nb-subheading { font-family: ${KAI}; font-weight: 700; }
.nb-table-wrap { overflow-x: auto; margin: 2pt 0 14pt; }
.nb-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10.5pt; line-height: 1.35; }
.nb-table th, .nb-table td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; font-weight: 400; }
.nb-table .nb-heading-cell { font-family: ${SANS}; }
.nb-table .nb-left { text-align: left; }
.nb-table .nb-center { text-align: center; }
.nb-table .nb-right { text-align: right; }
.nb-table .nb-narrow { line-break: strict; word-break: normal; }
.nb-signature { margin-top: 28.95pt; padding-right: 2em; text-align: right; }
.nb-signature p { margin: 0; }
.nb-draft-mark { position: absolute; top: 15mm; right: 26mm; margin: 0; padding: 0 6pt; border: 2px solid #c00000;
  color: #c00000; font-family: ${SANS}; font-size: 14pt; line-height: 1.6; }
.nb-draft .nb-watermark { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  z-index: -1; pointer-events: none; font-family: ${SANS}; font-size: 150pt; color: rgba(0,0,0,.07); transform: rotate(-35deg); }
.nb-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
/* The review page (issue 15): every anchor can take a comment; open comments are marked where they point. */
.nb-report [data-anchor][tabindex] { cursor: pointer; }
.nb-report p[data-anchor][tabindex] { cursor: text; }
.nb-report [data-anchor][tabindex]:hover { background: rgba(11,87,208,.06); }
.nb-report .nb-commented { outline: 2px solid #d4a72c; outline-offset: -2px; background: #fff8e1; }
.nb-report mark.nb-quote { background: #ffe08a; color: inherit; border-bottom: 2px solid #d4a72c; cursor: pointer; }
.nb-report .nb-comment-count { display: inline-block; margin-left: .5em; padding: 0 5pt; border-radius: 8pt; text-indent: 0;
  background: #d4a72c; color: #fff; font-size: 10.5pt; line-height: 1.6; vertical-align: middle; }
@media (max-width: 800px) { .nb-report { padding: 8mm 5mm; min-height: 0; } }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  .nb-report { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; overflow: visible; }
  .nb-table tr { break-inside: avoid; }
  .nb-heading { break-after: avoid; }
}
`;
