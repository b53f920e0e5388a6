// A region report whose units are not all final is submitted only with a written reason (issue 15): the
// units it waits for, and the required 提交说明, inside whichever 提交审核 form the page shows.
export function RegionSubmitNote({ pendingUnits }: { pendingUnits: string }) {
  return (
    <div className="field">
      <p>本地区汇总依赖的下级单位报告尚未审定：{pendingUnits}。</p>
      <label htmlFor="submit-note">提交说明（现在提交的理由，必填）</label>
      <textarea id="submit-note" name="note" rows={2} maxLength={2000} required />
    </div>
  );
}
