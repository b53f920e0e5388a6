// The 「草稿」 mark as Word's own text watermark (a VML WordArt shape in the header, as Word's
// 设计 → 水印 writes it), which Word, WPS and LibreOffice show behind the text of every page.
import { strFromU8, strToU8, type Unzipped } from 'fflate';

const NS = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
};

const SHAPETYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>' +
  '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>' +
  '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>' +
  '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
  '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

function watermarkRun(text: string, n: number): string {
  const style =
    'position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;rotation:315;z-index:-251657216;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;' +
    'mso-position-vertical:center;mso-position-vertical-relative:margin';
  return (
    `<w:r><w:rPr><w:noProof/></w:rPr><w:pict>${SHAPETYPE}` +
    `<v:shape id="NianbaoDraftWatermark${n}" o:spid="_x0000_s${2048 + n}" type="#_x0000_t136" style="${style}" ` +
    'o:allowincell="f" fillcolor="#bfbfbf" stroked="f"><v:fill opacity=".4"/>' +
    `<v:textpath style="font-family:&quot;黑体&quot;;font-size:1pt" string="${text}"/></v:shape></w:pict></w:r>`
  );
}

function declareNamespaces(xml: string): string {
  return xml.replace(/<w:hdr\b[^>]*>/, (tag) => {
    let out = tag;
    for (const [prefix, uri] of Object.entries(NS)) {
      if (!out.includes(`xmlns:${prefix}=`)) out = out.replace(/>$/, ` xmlns:${prefix}="${uri}">`);
    }
    return out;
  });
}

/** Adds the watermark to every header part's first paragraph (in place). */
export function addDraftWatermark(files: Unzipped, text: string): void {
  let n = 0;
  for (const name of Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f)).sort()) {
    const xml = strFromU8(files[name]);
    const end = xml.indexOf('</w:p>');
    if (end < 0) continue;
    n += 1;
    files[name] = strToU8(declareNamespaces(xml.slice(0, end) + watermarkRun(text, n) + xml.slice(end)));
  }
}
