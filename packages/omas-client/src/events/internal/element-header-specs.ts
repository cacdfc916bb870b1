/** Field tables of Egeria 5.2's element header beans, read by the bean reader. */
import type { BeanSpec } from './bean-reader';
import { bean, listOf, readDate, readLong, readPropertyMap, readString, readStringList } from './bean-reader';

const ELEMENT_TYPE: BeanSpec = {
  fields: [
    ['typeId', readString],
    ['typeName', readString],
    ['superTypeNames', readStringList],
    ['typeVersion', readLong],
    ['typeDescription', readString],
  ],
};

const ELEMENT_ORIGIN: BeanSpec = {
  fields: [
    ['sourceServer', readString],
    ['originCategory', readString],
    ['homeMetadataCollectionId', readString],
    ['homeMetadataCollectionName', readString],
    ['license', readString],
  ],
};

const ELEMENT_VERSIONS: BeanSpec = {
  fields: [
    ['createdBy', readString],
    ['updatedBy', readString],
    ['maintainedBy', readStringList],
    ['createTime', readDate],
    ['updateTime', readDate],
    ['version', readLong],
  ],
};

const CONTROL_HEADER_FIELDS: BeanSpec['fields'] = [
  ['class', readString],
  ['headerVersion', readLong],
  ['status', readString],
  ['type', bean(ELEMENT_TYPE)],
  ['origin', bean(ELEMENT_ORIGIN)],
  ['versions', bean(ELEMENT_VERSIONS)],
];

const ELEMENT_CLASSIFICATION: BeanSpec = {
  fields: [
    ...CONTROL_HEADER_FIELDS,
    ['classificationName', readString],
    ['classificationProperties', readPropertyMap],
    ['classificationOrigin', readString],
    ['classificationOriginGUID', readString],
  ],
};

const HEADER_FIELDS: BeanSpec['fields'] = [
  ...CONTROL_HEADER_FIELDS,
  ['guid', readString],
  ['classifications', listOf(bean(ELEMENT_CLASSIFICATION), 'a list of classifications')],
];

/** Egeria's `ElementHeader`. */
export const ELEMENT_HEADER: BeanSpec = { fields: HEADER_FIELDS };

/** Egeria's `ElementStub`: an element header with a unique name. */
export const ELEMENT_STUB: BeanSpec = { fields: [...HEADER_FIELDS, ['uniqueName', readString]] };
