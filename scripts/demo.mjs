// `npm run demo`: installs what is missing, builds the packages, and starts the demo on the sandbox.
import { heading, installDependencies, runPnpm } from './bootstrap.mjs';

if (!installDependencies()) process.exit(1);
heading('Building the packages');
if (!runPnpm(['--filter', './packages/*', 'run', 'build'])) process.exit(1);
heading(
  'Starting the demo: open the "Local" URL printed below (http://127.0.0.1:5173/ unless that port is taken); /headless and /codat are its other pages',
);
runPnpm(['--filter', '@plugboard/demo', 'run', 'dev']);
