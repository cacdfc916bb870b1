import {
  EgeriaError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
  IllegalStateError,
  EXCEPTION_CLASSES,
  AuditLogSeverity,
  type MessageDefinition,
} from '@egeria-ts/core';

const definition: MessageDefinition = {
  messageId: 'OMIS-TEST-INTEGRATOR-400-001',
  httpCode: 400,
  severity: AuditLogSeverity.ERROR,
  template: 'The {0} parameter passed to {1} is not valid',
  systemAction: 'The request is rejected.',
  userAction: 'Correct the {0} parameter.',
};

describe('EgeriaError', () => {
  it('keeps every FFDC field and the cause', () => {
    const cause = new Error('socket hang up');
    const e = new PropertyServerException('server down', {
      messageId: 'OMAG-COMMON-503-001',
      relatedHTTPCode: 503,
      parameters: ['a'],
      systemAction: 'sys',
      userAction: 'usr',
      actionDescription: 'createDatabase',
      exceptionCausedBy: 'java.net.ConnectException',
      exceptionProperties: { parameterName: 'guid' },
      cause,
    });
    expect(e).toBeInstanceOf(PropertyServerException);
    expect(e).toBeInstanceOf(EgeriaError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PropertyServerException');
    expect(e.relatedHTTPCode).toBe(503);
    expect(e.messageId).toBe('OMAG-COMMON-503-001');
    expect(e.actionDescription).toBe('createDatabase');
    expect(e.exceptionCausedBy).toBe('java.net.ConnectException');
    expect(e.parameterName).toBe('guid');
    expect(e.cause).toBe(cause);
    expect(e.toJSON()).toMatchObject({ name: 'PropertyServerException', relatedHTTPCode: 503, parameters: ['a'] });
  });

  it('uses each class default HTTP code', () => {
    expect(new InvalidParameterException('x').relatedHTTPCode).toBe(400);
    expect(new UserNotAuthorizedException('x').relatedHTTPCode).toBe(401);
    expect(new PropertyServerException('x').relatedHTTPCode).toBe(500);
    expect(new IllegalStateError('x').relatedHTTPCode).toBe(409);
  });

  it('builds an error from a message definition', () => {
    const e = InvalidParameterException.fromDefinition(definition, ['qualifiedName', 'createDatabase'], {
      exceptionProperties: { parameterName: 'qualifiedName' },
    });
    expect(e).toBeInstanceOf(InvalidParameterException);
    expect(e.message).toBe('The qualifiedName parameter passed to createDatabase is not valid');
    expect(e.messageId).toBe(definition.messageId);
    expect(e.parameters).toEqual(['qualifiedName', 'createDatabase']);
    expect(e.parameterName).toBe('qualifiedName');
    expect(e.relatedHTTPCode).toBe(400);
  });

  it('recognizes errors from another copy of the package by their brand', () => {
    const foreign = new InvalidParameterException('x');
    // Simulate a second copy: an object with another prototype but the same brand.
    const copy = Object.assign(Object.create(Error.prototype), foreign);
    Object.defineProperty(copy, Symbol.for('@egeria-ts/core:errorKinds'), {
      value: ['InvalidParameterException', 'EgeriaError'],
    });
    expect(copy).toBeInstanceOf(InvalidParameterException);
    expect(copy).toBeInstanceOf(EgeriaError);
    expect(copy).not.toBeInstanceOf(PropertyServerException);
    expect(EgeriaError.isEgeriaError(copy)).toBe(true);
    expect(EgeriaError.isEgeriaError(new Error('plain'))).toBe(false);
    expect(new Error('plain')).not.toBeInstanceOf(EgeriaError);
  });

  it('maps Egeria exception class names to classes', () => {
    expect(EXCEPTION_CLASSES['InvalidParameterException']).toBe(InvalidParameterException);
    expect(EXCEPTION_CLASSES['UserNotAuthorizedException']).toBe(UserNotAuthorizedException);
    expect(Object.keys(EXCEPTION_CLASSES)).toHaveLength(5);
  });
});
