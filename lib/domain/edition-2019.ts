// The 2019 edition (国办公开办函〔2019〕60号, spec §9) as the rest of the app meets it, one concept a file:
// the format (template-2019), its Table 1 cells (active-cells-2019), canonical JSON of either edition
// (canonical-2019), the report seen in the 2021 shape (view-2021) and its rules (rules-2019).
export { template2019, APP_ROWS_2019, type ActiveKey2019, type ActiveBlock2019, type ApplicationRow2019, type ValueType2019 } from './template-2019';
export { ACTIVE_CELLS_2019, normalizeCell2019, type ActiveCell2019 } from './active-cells-2019';
export {
  ZActiveTable2019, ZReport2019, is2019, readCanonicalAnyEdition, readCanonicalTextAnyEdition, writeCanonicalAnyEdition,
  type AnyReadResult, type TActiveTable2019, type TAnyReport, type TReport2019,
} from './canonical-2019';
export { comparable, toView2021, ROW_2019_OF } from './view-2021';
export { findBrokenRules2019, findBrokenRulesAnyEdition, type RuleInput2019 } from './rules-2019';
