import { expect } from "vitest";

type ErrorClass<E extends Error> = abstract new (...args: any[]) => E;

/** The error `run` throws, checked to be a `type`; fails the test when `run` returns. */
export function thrown<E extends Error>(type: ErrorClass<E>, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

/** The error `run` rejects with, checked to be a `type`; fails the test when `run` resolves. */
export async function rejected<E extends Error>(type: ErrorClass<E>, run: () => Promise<unknown>): Promise<E> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, but it resolved`);
}
