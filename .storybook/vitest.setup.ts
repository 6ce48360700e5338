import { installConsoleGuard } from '../test/support/consoleGuard';

// A React, Radix or kit warning while a story renders or plays fails its test, as in the unit tests.
installConsoleGuard();
