import { DEMO_DEFAULT_PORT, DemoUsageError, parseDemoArgs } from '@egeria-ts/example-demo';

describe('parseDemoArgs', () => {
  it('has the defaults, and reads every flag with its value next or after =', () => {
    expect(parseDemoArgs([])).toEqual({ help: false, once: false, verbose: false, port: DEMO_DEFAULT_PORT });
    expect(
      parseDemoArgs([
        '--once',
        '--port=0',
        '--platform-url',
        'https://egeria.example.com:9443/',
        '--server=mds1',
        '--folder',
        'data',
        '--openapi=https://api.example.com/openapi.json',
        '--verbose',
      ]),
    ).toEqual({
      help: false,
      once: true,
      verbose: true,
      port: 0,
      platformURL: 'https://egeria.example.com:9443',
      serverName: 'mds1',
      folder: 'data',
      openapi: 'https://api.example.com/openapi.json',
    });
    expect(parseDemoArgs(['-h']).help).toBe(true);
  });

  it('refuses what it does not understand, naming the flag', () => {
    const cases: [string[], RegExp][] = [
      [['--port'], /--port needs a value/],
      [['--port', 'x'], /--port needs a port number/],
      [['--port', '70000'], /--port needs a port number/],
      [['--platform-url', 'localhost:9443', '--server', 'mds1'], /--platform-url needs an http\(s\) URL/],
      [['--platform-url', 'https://h:9443'], /--platform-url and --server go together/],
      [['--server', 'mds1'], /--platform-url and --server go together/],
      [['--folder', '--once'], /--folder needs a value/],
      [['--colour'], /unknown argument --colour/],
    ];
    for (const [argv, message] of cases) {
      expect(() => parseDemoArgs(argv)).toThrow(DemoUsageError);
      expect(() => parseDemoArgs(argv)).toThrow(message);
    }
  });
});
