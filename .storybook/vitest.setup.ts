import { configure } from 'storybook/test';
import { installConsoleGuard } from '../test/support/consoleGuard';

// A React, Radix or kit warning while a story renders or plays fails its test, as in the unit tests.
installConsoleGuard();

// `waitFor` and `findBy*` wait for their condition up to this long (the default is one second). A
// ceiling, not a pause: they return as soon as the condition holds. Two suites sharing two cores
// can hold the page's main thread past a second.
configure({ asyncUtilTimeout: 5_000 });
