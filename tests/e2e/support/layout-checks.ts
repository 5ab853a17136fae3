/** Layout checks of what a person sees: text cut off in its box, the window scrolling sideways. */
import type { Page } from '@playwright/test';

/** Visible buttons, selects and labels whose text is cut (wider than the box) or, for buttons, broken over lines. */
export function cutLabels(page: Page) {
  return page.evaluate(() => {
    const lines = (element: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return tops.size;
    };
    // A select shows its chosen option's text: measured in the select's own font, less the arrow's room.
    const context = document.createElement('canvas').getContext('2d')!;
    const selectCut = (select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      return context.measureText(text).width > room;
    };
    return [...document.querySelectorAll<HTMLElement>('button, select, label')]
      .filter((element) => element.offsetParent !== null && element.getBoundingClientRect().width > 0)
      .filter((element) =>
        element instanceof HTMLSelectElement
          ? selectCut(element) && !element.title
          : element.scrollWidth > element.clientWidth + 1 || (element.tagName === 'BUTTON' && lines(element) > 1),
      )
      .map((element) =>
        (element instanceof HTMLSelectElement ? element.selectedOptions[0]?.textContent : element.textContent)
          ?.trim()
          .slice(0, 40),
      );
  });
}

/** Visible text boxes (paragraphs, headings, cells, list items) whose text is wider than the box and hidden. */
export function clippedText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, li, td, th, dt, dd, span, legend')]
      .filter((element) => element.offsetParent !== null && element.clientWidth > 0)
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        return hides && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => element.textContent?.trim().slice(0, 40)),
  );
}

/** Whether the page is wider than the window (a sideways scroll bar, text past the edge). */
export function overflowsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * The panes shorter than `minimum` pixels: a pane squeezed to its heading shows nothing to work with
 * (at 900×600 the catalogue and pack panes once shrank to 50 px while the preview took the rest).
 */
export function squeezedPanes(page: Page, minimum = 240) {
  return page.evaluate(
    (least) =>
      [...document.querySelectorAll<HTMLElement>('.pane')]
        .filter((pane) => pane.offsetParent !== null && pane.clientHeight < least)
        .map((pane) => `${pane.className}: ${pane.clientHeight}px`),
    minimum,
  );
}
