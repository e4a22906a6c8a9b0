type Growable = Uint8Array | Uint32Array | Float64Array;

/** A typed array twice as long, holding `array`'s values (growing lists of rows in typed arrays). */
export function doubled<T extends Growable>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
