import { describe, expect, it } from 'vitest';
import { RESULT_KEYS } from './case';
import { classifyApplicantType, classifyHeader, classifyResult } from './classify';

describe('classifyHeader', () => {
  it.each([
    ['收到日期', 'receivedOn'], ['申请日期', 'receivedOn'], ['登记日期', 'receivedOn'], ['收到申请日期\n（必填）', 'receivedOn'],
    ['申请人类型', 'applicantType'], ['申请人性质', 'applicantType'], ['申请人', 'applicant'], ['申请人姓名', 'applicant'],
    ['办理结果', 'result'], ['答复结果', 'result'], ['处理结果', 'result'],
    ['答复日期', 'answeredOn'], ['办结日期', 'answeredOn'], ['是否延期', 'extended'], ['延期日期', 'extendedOn'],
    ['申请内容', 'content'], ['备 注', 'note'], ['上年结转', 'carriedIn'],
    ['序号', null], ['经办人', null], ['', null],
  ])('%s → %s', (header, field) => {
    expect(classifyHeader(header)).toBe(field);
  });
});

describe('classifyApplicantType', () => {
  it.each([
    ['自然人', '自然人'], ['个人', '自然人'], ['公民', '自然人'], [' 群众 ', '自然人'],
    ['企业', '商业企业'], ['某某科技有限公司', '商业企业'], ['商业企业', '商业企业'],
    ['科研机构', '科研机构'], ['研究所', '科研机构'], ['社会公益组织', '社会公益组织'], ['基金会', '社会公益组织'],
    ['律师事务所', '法律服务机构'], ['某某律师事务所', '法律服务机构'], ['其他', '其他'], ['其他组织', '其他'],
  ])('%s → %s', (raw, type) => {
    expect(classifyApplicantType(raw)).toEqual({ ok: true, value: type });
  });

  it('refuses what fits no column, naming the six', () => {
    expect(classifyApplicantType('个体户')).toEqual({
      ok: false, reason: '申请人类型「个体户」无法归入自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之一',
    });
  });
});

describe('classifyResult', () => {
  const key = (fragment: string) => RESULT_KEYS.find((k) => k.includes(fragment));

  it('reads every statutory label, as printed and as its group and label', () => {
    for (const k of RESULT_KEYS) {
      expect(classifyResult(k)).toEqual({ ok: true, value: k });
      expect(classifyResult(k.split(' / ').pop() as string)).toEqual({ ok: true, value: k });
    }
  });

  it.each([
    ['予以公开', '予以公开'], ['公开', '予以公开'], ['全部公开', '予以公开'], ['部分公开', '部分公开'],
    ['属于国家秘密', '国家秘密'], ['不予公开-属于国家秘密', '国家秘密'], ['信息不存在', '不掌握'], ['本机关不掌握', '不掌握'],
    ['需另行制作', '另行制作'], ['信访举报投诉类申请', '信访'], ['重复申请', '重复申请'], ['逾期不补正', '不补正'],
    ['（六）其他处理-其他', '（六）其他处理 / 3.其他'],
  ])('%s → the row containing 「%s」', (raw, fragment) => {
    expect(classifyResult(raw)).toEqual({ ok: true, value: key(fragment) });
  });

  it('refuses a group label alone: the clerk must say which of its rows', () => {
    const r = classifyResult('不予公开');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe(
      '办理结果「不予公开」须写明具体情形：1.属于国家秘密、2.其他法律行政法规禁止公开、3.危及“三安全一稳定”、4.保护第三方合法权益、' +
      '5.属于三类内部事务信息、6.属于四类过程性信息、7.属于行政执法案卷、8.属于行政查询事项',
    );
  });

  it('refuses what is no result at all', () => {
    expect(classifyResult('已电话沟通')).toEqual({ ok: false, reason: '办理结果「已电话沟通」无法归入表二的21种办理结果' });
  });
});
