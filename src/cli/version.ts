import manifest from '../../package.json' with { type: 'json' };

/** sitrep's version, from package.json. */
export const VERSION: string = manifest.version;
