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
 * @property {string} typeName the generated type of its `{ code, name }` pairs
 * @property {(text: string, fileName: string) => CatalogData} parse
 */

/** @type {readonly CatalogSpec[]} */
export const catalogs = [
  {
    id: 'binance-spot',
    source: 'catalog/sources/binance-spot-error-codes.md',
    output: 'src/catalog/binance-spot.data.ts',
    exportName: 'binanceSpotData',
    typeName: 'BinanceSpotErrors',
    parse: parseBinanceSpot,
  },
  {
    id: 'ltp',
    source: 'catalog/sources/portfolio-api-error-codes.txt',
    output: 'src/catalog/ltp.data.ts',
    exportName: 'ltpData',
    typeName: 'LtpErrors',
    parse: parseLtp,
  },
];
