/**
 * Allocation-free style lookups for pdfmake, with the same answers. pdfmake
 * looks up about 20 style properties for every word (2.3 million lookups for a
 * 200-seminar pack); each lookup made a closure, an array of style names and,
 * for every named style on the stack, another closure and a new Set, and the
 * collector then took 13% of the render. This walks the same stack in the same
 * order without allocating; a named style that extends another (we have none)
 * still goes through pdfmake's own lookup.
 */
import StyleContextStack from 'pdfmake/js/StyleContextStack.js';

type Item = Record<string, unknown> | string;

interface Stack {
  styleDictionary: Record<string, Record<string, unknown> | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: Item[];
  push(style: Item): void;
  pop(count?: number): void;
  autopush(item: Item): number;
  getProperty(property: string): unknown;
}

const isValue = (value: unknown): boolean => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

let installed = false;

/** Installs the lookups into pdfmake's StyleContextStack, once per process. */
export function installStyleLookups(): void {
  if (installed) return;
  installed = true;
  const stackClass = StyleContextStack as unknown as {
    prototype: Stack;
    getStyleProperty(item: Item, stack: Stack | undefined, property: string, defaultValue: unknown): unknown;
  };
  const prototype = stackClass.prototype;
  const originalGetProperty = prototype.getProperty;

  prototype.autopush = function autopush(this: Stack, item: Item): number {
    if (isString(item)) return 0;
    if (typeof item['section'] !== 'undefined') return 0;
    let pushed = 0;
    const style = item['style'] as Item | Item[] | undefined;
    if (style) {
      if (Array.isArray(style)) {
        for (let i = 0; i < style.length; i++) this.push(style[i]!);
        pushed = style.length;
      } else {
        this.push(style);
        pushed = 1;
      }
    }
    this.push(item);
    return pushed + 1;
  };

  prototype.getProperty = function getProperty(this: Stack, property: string): unknown {
    const overrides = this.styleOverrides;
    if (overrides) {
      for (let i = overrides.length - 1; i >= 0; i--) {
        const item = overrides[i]!;
        if (isString(item)) {
          const style = this.styleDictionary[item as string];
          if (!style) continue;
          const value = style[property];
          if (isValue(value)) return value;
          if (style['extends']) return originalGetProperty.call(this, property);
        } else {
          const value = item[property];
          if (isValue(value)) return value;
        }
      }
    }
    return this.defaultStyle && this.defaultStyle[property];
  };

  stackClass.getStyleProperty = function getStyleProperty(item, stack, property, defaultValue) {
    const own = (item as Record<string, unknown>)[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    const pushed = stack.autopush(item);
    const value = stack.getProperty(property);
    if (pushed > 0) stack.pop(pushed);
    return isValue(value) ? value : defaultValue;
  };
}
