/**
 * Property accessors of the proxies. An Office.js object exposes loaded values as properties that
 * throw PropertyNotLoaded until load + sync, and navigation properties that return child objects.
 * Classes get them on the prototype (as `get x()` would declare them); record-like proxies get them
 * on the object itself, enumerable like the fields of an Office.js object.
 */
import type { ProxyBase } from "./proxy";

/**
 * Loaded-value getters for `scalars` and navigation getters for `children` on a proxy class's
 * prototype; a setter the class declares for a scalar is kept.
 */
export function defineProperties(
  cls: { prototype: ProxyBase },
  scalars: readonly string[],
  children: readonly string[] = []
): void {
  const proto = cls.prototype;
  for (const prop of scalars) {
    Object.defineProperty(proto, prop, {
      configurable: true,
      enumerable: false,
      get(this: ProxyBase): unknown {
        return this._get(prop);
      },
      set: Object.getOwnPropertyDescriptor(proto, prop)?.set,
    });
  }
  defineChildren(proto, children);
}

/** Non-enumerable navigation getters, on a prototype or on one proxy. */
export function defineChildren(target: ProxyBase, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: false,
      get(this: ProxyBase): ProxyBase | undefined {
        return this._child(name);
      },
    });
  }
}

/** An enumerable loaded-value property of one proxy; assigning it calls `set`. */
export function defineScalar(proxy: ProxyBase, prop: string, set: (value: unknown) => void): void {
  Object.defineProperty(proxy, prop, {
    enumerable: true,
    configurable: true,
    get: () => proxy._get(prop),
    set,
  });
}
