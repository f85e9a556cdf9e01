// `npm run demo`: installs what is missing, builds the packages, and starts the demo on the sandbox.
import { heading, installDependencies, runPnpm } from './bootstrap.mjs';

if (!installDependencies()) process.exit(1);
heading('Building the packages');
if (!runPnpm(['--filter', './packages/*', 'run', 'build'])) process.exit(1);
heading('Starting the demo — open http://127.0.0.1:5173/ (the hooks-only page is /headless)');
runPnpm(['--filter', '@plugboard/demo', 'run', 'dev', '--', '--port', '5173', '--strictPort']);
