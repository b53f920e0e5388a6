// A register as offices keep it in Excel, for the register's server and browser tests (issue 16): two merged
// title rows, a blank line, dates in four styles, one applicant type that fits no column.
import ExcelJS from 'exceljs';

/** The register of `year`; `answeredLiOn` ('MM-DD'): the day 李四's case was answered (a late day makes one late answer). */
export async function messyRegisterXlsx(year: number, answeredLiOn: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('台账');
  ws.addRow([`演示区长寿湖镇人民政府${year}年政府信息公开申请登记台账`]);
  ws.mergeCells('A1:H1');
  ws.addRow([`填报单位：党政办公室　　统计时间：${year}年1月1日至12月31日`]);
  ws.mergeCells('A2:H2');
  ws.addRow(['序号', '收到日期', '申请人', '申请人性质', '申请内容', '办理结果', '答复日期', '备注']);
  ws.addRow([1, new Date(Date.UTC(year, 2, 4)), '张三', '个人', '某路段改造规划', '予以公开', `${year}/3/20`, '']);
  // 15 April as an Excel serial number: days since 1899-12-30.
  ws.addRow([2, `${year}年4月1日`, '某某科技有限公司', '企业', '环评报告', '部分公开', (Date.UTC(year, 3, 15) - Date.UTC(1899, 11, 30)) / 86_400_000, '']);
  ws.addRow([]);
  ws.addRow([3, `${year}-05-06`, '李四', '公民', '低保名单', '信息不存在', `${year}-${answeredLiOn}`, '']);
  ws.addRow([4, `${year}-06-02`, '王五', '个体户', '营业执照信息', '予以公开', `${year}-06-10`, '']);
  ws.addRow([5, `${year}-12-22`, '某律师事务所', '律师事务所', '案卷材料', '', '', '办理中']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
