// Symbol rules and the check of an order against them before it is sent: exchange-neutral, exact
// decimal arithmetic, no React. Its own entry point, so an app that only resolves errors does not
// ship it.
export * from './core/rules/index';
export { ruleCopy } from './locale/en/ruleCopy';
