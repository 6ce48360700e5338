// Transport integrations: a fetch wrapper and an axios interceptor that turn exchange errors into
// ExchangeError instances carrying the resolved error, with secrets kept out of messages.
export {
  type AxiosLikeInstance,
  type AxiosLikeRequestConfig,
  type AxiosLikeResponse,
  attachExchangeErrorInterceptor,
  type ExchangeInterceptorOptions,
} from './integrations/axios';
export { ExchangeError, type ExchangeErrorRequest } from './integrations/ExchangeError';
export {
  createExchangeFetch,
  type ExchangeFetch,
  type ExchangeFetchOptions,
  type ExchangeRequestInit,
  type ExchangeTransportSettings,
  type ExchangeTransportTarget,
} from './integrations/fetch';
