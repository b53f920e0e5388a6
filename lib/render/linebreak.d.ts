// Types for `linebreak` (UAX #14, the implementation pdfkit ships; it has no types of its own).
declare module 'linebreak' {
  type Break = { position: number; required: boolean };
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
