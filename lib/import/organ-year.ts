// Organ, year, title, level and scope of a published report, from its title lines and its words (spec §1, §2).
import type { TLevel } from '../domain/model';

export type TitleInfo = { organ: string; year: number; title: string; /** offset just past the title in the text */ end: number };

// Reports before 2019 also titled themselves 「…政府信息公开年度工作报告」 (seeds 000, 001).
const TITLE = /((?:19|20)\d{2})\s*年度?\s*(.{0,40}?)\s*政府信息公开\s*(?:工作\s*)?年度\s*(?:工作\s*)?报告/;
const META_PREFIX = /^(?:标题|名称|题目|文章标题)\s*[:：|]\s*/;
const CJK_TEXT = /^[\u4e00-\u9fff（）()·]+$/;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** An organ name as printed on a line of its own: short, no punctuation of a sentence. */
export const looksLikeOrgan = (s: string) =>
  s.length >= 2 && s.length <= 40 && CJK_TEXT.test(s) && !/报告|情况|事项|工作$/.test(s);

/**
 * The title: 「<机关><YYYY>年政府信息公开工作年度报告」 on one line or two, or 「<YYYY>年<机关>政府信息…」,
 * or the organ on the line above (seeds 003/004). The last title before the body wins over page metadata.
 */
export function detectTitle(text: string, from: number, until: number): TitleInfo | null {
  const lines: { text: string; start: number; end: number }[] = [];
  let at = from;
  for (const raw of text.slice(from, until).split('\n')) {
    lines.push({ text: raw.trim(), start: at, end: at + raw.length });
    at += raw.length + 1;
  }
  let best: TitleInfo | null = null;
  for (let i = 0; i < lines.length && i < 60; i++) {
    if (!lines[i].text) continue;
    const next = lines.slice(i + 1).find((l) => l.text);
    for (const span of next ? [[lines[i]], [lines[i], next]] : [[lines[i]]]) {
      const joined = squeeze(span.map((l) => l.text).join('')).replace(META_PREFIX, '').replace(/^#+/, '');
      const m = TITLE.exec(joined);
      if (!m) continue;
      const before = joined.slice(0, m.index);
      // A title line holds the title alone (a sentence quoting one, 「关于做好2024年…年度报告编制工作的通知」, does not).
      if ((before && !looksLikeOrgan(before)) || joined.length - m.index - m[0].length > 12) continue;
      const after = squeeze(m[2]);
      let organ = looksLikeOrgan(before) ? before : looksLikeOrgan(after) ? after : '';
      if (!organ) {
        const above = [...lines.slice(0, i)].reverse().find((l) => l.text);
        if (above && looksLikeOrgan(squeeze(above.text).replace(/^#+/, ''))) organ = squeeze(above.text).replace(/^#+/, '');
      }
      const title = `${before || (after ? '' : organ)}${m[0]}`;
      best = { organ, year: Number(m[1]), title, end: span[span.length - 1].end };
      break;
    }
  }
  return best;
}

/** 「全区共受理政府信息公开申请57件」, 「全区共主动公开……」, 「全区发生了……行政复议」: the report counts its whole region (spec §1). */
export function detectScope(text: string): 'region' | 'organ' {
  return /全(?:区|市|县|镇|乡|旗|州|盟|省)(?:各级各部门|各单位)?(?:共|累计|全年|年内)?\s*(?:收到|受理|新收|办理|接收|主动公开|发生|建有|设有)/.test(text) ? 'region' : 'organ';
}

/**
 * The level, when the name says it plainly: 镇/乡/街道 → town, a county-or-higher 人民政府 → government,
 * a 局/委员会/厅/办公室 → department. Names such as 平潭综合实验区 are left without one (spec §10).
 */
export function detectLevel(organ: string): TLevel | undefined {
  if (/(?:镇|乡|街道)(?:人民政府|办事处)$|街道办事处$/.test(organ)) return 'town';
  if (/(?:省|自治区|市|区|县|旗|自治州|州|盟)人民政府$/.test(organ)) return 'government';
  if (/(?:局|委员会|委|厅|办公室|办公厅|署|办)$/.test(organ)) return 'department';
  return undefined;
}

/** The year from the statistical period 「统计期限为2021年1月1日至12月31日」, when the title has none. */
export function yearFromPeriod(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(text);
  return m ? Number(m[1]) : null;
}
