/**
 * Correlation writes (external identifiers) go through the one write path with
 * `WriteTarget.CORRELATION`: allowed in every direction, as in Egeria, but still refused once the
 * context is disconnected, recorded and not sent in a dry run, and counted in the activity report.
 */
import {
  IntegrationContext,
  PermittedSynchronization,
  UserNotAuthorizedException,
  WriteTarget,
  type RecordedWrite,
} from '@egeria-ts/core';
import { contextOptions } from './connector-test-support';

/** A context with one correlation write, as an integration service context makes it. */
class CorrelatingContext extends IntegrationContext {
  readonly sent: string[] = [];

  async addExternalIdentifier(typeName: string, guid: string): Promise<void> {
    await this.write(
      'addExternalIdentifier',
      async () => {
        this.sent.push(`correlate ${guid}`);
      },
      { kind: 'update', typeName, guid },
      { target: WriteTarget.CORRELATION },
    );
  }

  async createElement(guid: string): Promise<string> {
    return this.write(
      'createElement',
      async () => {
        this.sent.push(`create ${guid}`);
        return guid;
      },
      { kind: 'create', typeName: 'Glossary', guid: (g) => g },
    );
  }
}

describe('correlation writes', () => {
  it.each([
    PermittedSynchronization.BOTH_DIRECTIONS,
    PermittedSynchronization.FROM_THIRD_PARTY,
    PermittedSynchronization.TO_THIRD_PARTY,
  ])('are sent and counted with %s synchronization', async (sync) => {
    const context = new CorrelatingContext(contextOptions({ permittedSynchronization: sync }));
    context.startRecording();
    await context.addExternalIdentifier('GlossaryTerm', 'term-1');
    expect(context.sent).toEqual(['correlate term-1']);
    expect(context.getCurrentReport().updateCounts).toEqual({ GlossaryTerm: 1 });
  });

  it('leave the other writes under the direction rule', async () => {
    const context = new CorrelatingContext(
      contextOptions({ permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY }),
    );
    await expect(context.createElement('g-1')).rejects.toBeInstanceOf(UserNotAuthorizedException);
    await context.addExternalIdentifier('Glossary', 'g-0');
    expect(context.sent).toEqual(['correlate g-0']);
  });

  it('are recorded and not sent in a dry run', async () => {
    const writes: RecordedWrite[] = [];
    const context = new CorrelatingContext(contextOptions({ writeRecorder: { record: (w) => writes.push(w) } }));
    context.startRecording();
    await context.addExternalIdentifier('GlossaryTerm', 'term-2');
    expect(context.sent).toEqual([]);
    expect(writes).toEqual([
      { operation: 'addExternalIdentifier', kind: 'update', typeName: 'GlossaryTerm', guid: 'term-2' },
    ]);
    expect(context.getCurrentReport().updatedElements).toEqual(['term-2']);
  });

  it('are refused once the context is disconnected', async () => {
    const context = new CorrelatingContext(contextOptions());
    await context.disconnect();
    await expect(context.addExternalIdentifier('Glossary', 'g-2')).rejects.toBeInstanceOf(UserNotAuthorizedException);
    expect(context.sent).toEqual([]);
  });
});
