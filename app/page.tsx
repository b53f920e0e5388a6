import Link from 'next/link';

export default function HomePage() {
  return (
    <div className="card">
      <h1>政府信息公开工作年度报告</h1>
      <p>
        按国办公开办函〔2021〕30号规定的格式填报三张法定表格和各部分内容，
        填写时即时校验勾稽关系，审核通过后导出 Word（DOCX）与 PDF 正式文本。
      </p>
      <ul>
        <li>填报人：逐表填写，自动保存，错误在单元格和汇总中提示。</li>
        <li>审核人：审阅草稿、批注、退回或审定。</li>
        <li>主管部门：查看下级单位进度，汇总本地区数据。</li>
      </ul>
      <p><Link className="button" href="/reports">进入我的报告</Link></p>
    </div>
  );
}
