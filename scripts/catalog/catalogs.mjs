// @ts-check
import { parseBinanceSpot } from './parse-binance-spot.mjs';
import { parseLtp } from './parse-ltp.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {object} CatalogSpec
 * @property {'binance-spot' | 'ltp'} id also the CLI flag that points at a newer edition
 * @property {string} source repository-relative path of the vendored document
 * @property {string} output repository-relative path of the generated module
 * @property {string} exportName
 * @property {(text: string, fileName: string) => CatalogData} parse
 */

/** @type {readonly CatalogSpec[]} */
export const catalogs = [
  {
    id: 'binance-spot',
    source: 'catalog/sources/binance-spot-error-codes.md',
    output: 'src/catalog/binance-spot.data.ts',
    exportName: 'binanceSpotData',
    parse: parseBinanceSpot,
  },
  {
    id: 'ltp',
    source: 'catalog/sources/portfolio-api-error-codes.txt',
    output: 'src/catalog/ltp.data.ts',
    exportName: 'ltpData',
    parse: parseLtp,
  },
];
