// Loads @react-pdf/renderer once per process and registers its fonts and line breaking once.
// Loaded with import(): the package and its dependencies are ESM-only ("import" condition), which a
// CommonJS caller such as the tsx-run CLI cannot require().
import { createRequire } from 'node:module';
import path from 'node:path';
import { hyphenationSyllables } from './line-break';

export type ReactPdf = typeof import('@react-pdf/renderer');

/** Open CJK fonts shipped as npm packages (spec §8): a serif for the body, a sans for headings. */
export const PDF_FONTS = { serif: 'Noto Serif SC', sans: 'Noto Sans SC' } as const;

const FONT_FILES = [
  { family: PDF_FONTS.serif, weight: 400, file: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf' },
  { family: PDF_FONTS.serif, weight: 700, file: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf' },
  { family: PDF_FONTS.sans, weight: 500, file: '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf' },
] as const;

/** Resolved from the project root, so it works the same under Next, vitest and the CLI. */
export function fontPath(file: string): string {
  return createRequire(path.join(process.cwd(), 'package.json')).resolve(file);
}

let loading: Promise<ReactPdf> | null = null;

export function loadReactPdf(): Promise<ReactPdf> {
  loading ??= import('@react-pdf/renderer').then((kit) => {
    for (const family of new Set(FONT_FILES.map((f) => f.family))) {
      kit.Font.register({
        family,
        fonts: FONT_FILES.filter((f) => f.family === family).map((f) => ({ src: fontPath(f.file), fontWeight: f.weight })),
      });
    }
    kit.Font.registerHyphenationCallback(hyphenationSyllables);
    return kit;
  }).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
