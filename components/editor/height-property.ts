// A sticky bar's height as a CSS custom property, for the cells' scroll margins: the table's header
// (--head-height) and its 填报说明 line (--hint-height). Their heights change with the window's width and
// with what they say, hence the observer.

/**
 * Keeps `property` on `target` equal to `source`'s rendered height in px. `measure` sets it at once (when a
 * change must count before the observer's next report) and returns the source's box; `stop` ends it.
 */
export function trackHeight(source: Element, target: HTMLElement, property: string) {
  const measure = () => {
    const box = source.getBoundingClientRect();
    target.style.setProperty(property, `${box.height}px`);
    return box;
  };
  measure();
  const observer = new ResizeObserver(() => measure());
  observer.observe(source);
  return { measure, stop: () => observer.disconnect() };
}
