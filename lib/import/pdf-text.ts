// PDF → text with Debian's pdftotext (poppler-utils, installed by scripts/setup.sh), in layout mode so
// table columns stay apart: the corpus's PDF texts 01–03 are exactly this tool's output.
import { execFile } from 'node:child_process';

export type PdfText = { ok: true; text: string } | { ok: false; message: string };

export function pdfToText(bytes: Uint8Array, timeoutMs = 30_000): Promise<PdfText> {
  return new Promise((resolve) => {
    const child = execFile(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', '-q', '-', '-'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') resolve({ ok: false, message: '无法提取 PDF 中的文字：本机未安装 pdftotext（poppler-utils）' });
          else if (error.killed) resolve({ ok: false, message: '提取 PDF 文字超时，文件可能过大或已损坏' });
          else resolve({ ok: false, message: '无法提取 PDF 中的文字，文件可能已损坏或加密' });
          return;
        }
        if (!stdout.replace(/\s+/g, '')) {
          resolve({ ok: false, message: 'PDF 中没有可提取的文字（可能是扫描图片），请提供文字版 PDF、DOCX 或网页' });
          return;
        }
        resolve({ ok: true, text: stdout });
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(Buffer.from(bytes));
  });
}
