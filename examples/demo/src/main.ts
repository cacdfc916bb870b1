import { DEMO_EXIT_CODE, runDemo } from './run-demo';

/**
 * Runs {@link runDemo} for the real process (the `egeria-demo` bin) and exits with its code, so
 * that nothing left open keeps the process alive once the demo has stopped.
 */
export function runDemoFromProcess(): void {
  runDemo(process.argv.slice(2), process.stdout, process.stderr).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`egeria-demo: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(DEMO_EXIT_CODE.FAILED);
    },
  );
}
