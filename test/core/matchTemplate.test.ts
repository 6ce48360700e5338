import { describe, expect, it } from 'vitest';
import { matchTemplate } from '../../src/core/matchTemplate';

const capture = (template: string, message: string) => {
  const compiled = matchTemplate(template);
  const match = compiled.full.exec(message) ?? compiled.head.exec(message);
  return match && Object.fromEntries(compiled.names.map((name, i) => [name, match[i + 1]]));
};

describe('catalog templates', () => {
  it.each([
    ['Too many new orders; current limit is %s orders per %s.', ['limit', 'interval']],
    [
      'Way too much request weight used; IP banned until %s. Please use WebSocket Streams for live updates to avoid bans.',
      ['bannedUntil'],
    ],
    ['Illegal characters found in parameter `%s`; legal range is `%s`.', ['param', 'range']],
    ['Param `%s` or `%s` must be sent, but both were empty/null!', ['param', 'p2']],
    ['Invalid tpTriggerPrice , current price: %s', ['price']],
    ['Asset withdrawal must be an %s multiple of %s.', ['p1', 'p2']],
    ['The new address needs to be withdrawn in {0} hours.', ['p1']],
    [
      'Due to an order with a better price, %s reduce only order to %s %s %s at %s was cancelled',
      ['p1', 'p2', 'p3', 'p4', 'p5'],
    ],
  ])('names the values of "%s" after the words before them', (template, names) => {
    expect(matchTemplate(template).names).toEqual(names);
  });

  it('matches quotes for backticks, any case, and an optional trailing period', () => {
    const template = 'Mandatory parameter `%s` was not sent, was empty/null, or malformed.';
    expect(
      capture(template, "Mandatory parameter 'price' was not sent, was empty/null, or malformed."),
    ).toEqual({ param: 'price' });
    expect(
      capture(template, 'mandatory parameter "price" was not sent, was empty/null, or malformed'),
    ).toEqual({ param: 'price' });
  });

  it('matches a server that rewords the advice after the first sentence', () => {
    const template =
      'Too much request weight used; current limit is %s request weight per %s. Please use WebSocket Streams for live updates to avoid polling the API.';
    const message =
      'Too much request weight used; current limit is 1200 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.';
    expect(capture(template, message)).toEqual({ limit: '1200', interval: '1 MINUTE' });
  });

  it('does not match a different message that merely starts the same way', () => {
    const compiled = matchTemplate('An unknown error occurred while processing the request.');
    expect(compiled.full.test('An unknown error occurred while processing the request.[oops]')).toBe(false);
    expect(compiled.head.test('An unknown error occurred while processing the request.[oops]')).toBe(false);
  });
});
