// PDF → text with Debian's pdftotext (poppler-utils, installed by scripts/setup.sh), in layout mode so
// table columns stay apart: the corpus's PDF texts 01–03 are exactly this tool's output. A hostile PDF
// can keep pdftotext busy for long: at most two run at once (a machine has two cores), each is killed
// after 10 s, and a file that cannot start within 30 s is answered as busy.
import { execFile } from 'node:child_process';
import { createRunQueue, type RunQueue } from './run-queue';

export type PdfText = { ok: true; text: string } | { ok: false; message: string };

export const PDF_RUN_MS = 10_000;
const PDF_QUEUE = createRunQueue({ concurrency: 2, waitMs: 30_000 });

export async function pdfToText(bytes: Uint8Array, { timeoutMs = PDF_RUN_MS, queue = PDF_QUEUE }: { timeoutMs?: number; queue?: RunQueue } = {}): Promise<PdfText> {
  const queued = await queue.run(() => runPdftotext(bytes, timeoutMs));
  if (queued.ok) return queued.value;
  return { ok: false, message: '服务器正忙于提取其他 PDF 文件的文字，请稍后再试，或改用 DOCX、网页或文本文件' };
}

function runPdftotext(bytes: Uint8Array, timeoutMs: number): Promise<PdfText> {
  return new Promise((resolve) => {
    const child = execFile(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', '-q', '-', '-'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') resolve({ ok: false, message: '无法提取 PDF 中的文字：本机未安装 pdftotext（poppler-utils）' });
          else if (error.killed) resolve({ ok: false, message: `提取 PDF 文字超过${timeoutMs / 1000}秒，已停止：文件可能过大或已损坏，请改用 DOCX、网页或文本文件` });
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
