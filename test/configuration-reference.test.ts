import * as fs from 'node:fs';
import * as path from 'node:path';

// The configuration reference in docs/ is generated from the daemon's JSON Schema; this keeps the
// committed file in step with the schema (regenerate with `node scripts/configuration-reference.js`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../scripts/configuration-reference.js') as { render(): string; outFile: string };

describe('docs/configuration-reference.md', () => {
  it('matches the daemon configuration schema', () => {
    const committed = fs.readFileSync(generator.outFile, 'utf8');
    expect(committed).toBe(generator.render());
  });

  it('documents every top-level section and the egeriaTs settings', () => {
    const text = generator.render();
    for (const heading of [
      '## serverConfig',
      '## integrationServiceConfig',
      '## integrationConnectorConfig',
      '## egeriaTs',
    ]) {
      expect(text).toContain(heading);
    }
    const schema = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../packages/daemon/schema/daemon-config.schema.json'), 'utf8'),
    ) as { definitions: { egeriaTs: { properties: Record<string, unknown> } } };
    for (const key of Object.keys(schema.definitions.egeriaTs.properties)) expect(text).toContain(`\`${key}\``);
  });
});
