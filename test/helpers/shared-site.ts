import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The default site, built once per test run by test/global-setup.ts. */
    defaultSite: string;
  }
}

/**
 * The folder of the default site (the shipped briefings, without PDFs), built once for the
 * whole test run. Read it; never change it (copy it first, e.g. with cpSync, to break it).
 */
export function sharedDefaultSite(): string {
  return inject("defaultSite");
}
