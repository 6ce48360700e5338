// @ts-check
import { parseBinanceSpot } from './parse-binance-spot.mjs';
import { parseBinanceUsdm } from './parse-binance-usdm.mjs';
import { parseBybit } from './parse-bybit.mjs';
import { parseLtp } from './parse-ltp.mjs';
import { parseOkx } from './parse-okx.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {object} CatalogSpec
 * @property {'binance-spot' | 'ltp' | 'binance-usdm' | 'okx' | 'bybit'} id also the CLI flag that names its documents, and its key in
 *   `catalog/sources/sources.json`, which lists its vendored documents newest first
 * @property {string} output repository-relative path of the generated module
 * @property {string} exportName
 * @property {string} typeName the generated type of its `{ code, name }` pairs; with `Errors` dropped,
 *   the prefix of the other generated types (`BinanceSpotDocument`, `BinanceSpotData`)
 * @property {boolean} tables whether its documents have filter and rejection tables (for the summary)
 * @property {'objects' | 'rows'} [layout] how the module writes its entries: one object per entry
 *   (the default), or rows turned into entries when it loads, for the large single-document
 *   catalogs (see `emitRowsModule` in emit.mjs)
 * @property {(text: string, fileName: string) => CatalogData} parse reads one document
 */

/** The folder of vendored documents and their manifest, repository-relative. */
export const SOURCES_DIR = 'catalog/sources';

/** @type {readonly CatalogSpec[]} */
export const catalogs = [
  {
    id: 'binance-spot',
    output: 'src/exchanges/binance-spot/binance-spot.data.ts',
    exportName: 'binanceSpotData',
    typeName: 'BinanceSpotErrors',
    tables: true,
    parse: parseBinanceSpot,
  },
  {
    id: 'ltp',
    output: 'src/exchanges/ltp/ltp.data.ts',
    exportName: 'ltpData',
    typeName: 'LtpErrors',
    tables: false,
    parse: parseLtp,
  },
  {
    id: 'binance-usdm',
    output: 'src/exchanges/binance-usdm/binance-usdm.data.ts',
    exportName: 'binanceUsdmData',
    typeName: 'BinanceUsdmErrors',
    tables: false,
    parse: parseBinanceUsdm,
    layout: 'rows',
  },
  {
    id: 'okx',
    output: 'src/exchanges/okx/okx.data.ts',
    exportName: 'okxData',
    typeName: 'OkxErrors',
    tables: false,
    parse: parseOkx,
    layout: 'rows',
  },
  {
    id: 'bybit',
    output: 'src/exchanges/bybit/bybit.data.ts',
    exportName: 'bybitData',
    typeName: 'BybitErrors',
    tables: false,
    parse: parseBybit,
    layout: 'rows',
  },
];
