'use client';
// Edits kept in this browser from an earlier visit that never reached the server: offer them back.
import { memo, useSyncExternalStore } from 'react';
import { useEditor } from './editor-context';
import { formatDateTime } from './format';
import styles from './editor.module.css';

const NOTHING = () => null;

export const RestoreBanner = memo(function RestoreBanner() {
  const { autosave, controller, readOnly } = useEditor();
  // Read in the browser only: the server's render (and hydration) offers nothing.
  const offer = useSyncExternalStore(autosave.subscribe, autosave.getRestoreOffer, NOTHING);
  if (!offer || readOnly) return null;
  const status = autosave.getStatus();
  const serverVersion = status.kind === 'saved' ? status.version : null;
  return (
    <section className={styles.banner} aria-labelledby="restore-heading">
      <h2 id="restore-heading" className={styles.bannerHeading}>
        本机保存有尚未提交到服务器的修改
      </h2>
      <p>
        这些修改于 {formatDateTime(offer.editedAt)} 在此浏览器中录入，基于第 {offer.baseVersion} 版
        {serverVersion !== null && serverVersion > offer.baseVersion && `；服务器上已有较新的第 ${serverVersion} 版，恢复后两边的修改将合并，双方都改过的地方请你逐项选择`}。
      </p>
      <p className={styles.dialogActions}>
        <button type="button" className={styles.buttonPrimary} onClick={() => autosave.restore((report) => controller.replaceReport(report))}>
          恢复本机修改
        </button>
        <button type="button" className={styles.button} onClick={() => autosave.discardOffer()}>
          放弃本机修改
        </button>
      </p>
    </section>
  );
});
