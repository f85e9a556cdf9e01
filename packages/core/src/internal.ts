// Not part of the documented API: helpers `@plugboard/ui` shares with core so that an app
// ships them once. They may change in any release.
export { displayName } from './connection/compareConnectionsForDisplay';
export { optionKeyOf } from './forms/formOptions';
export { booleanFrom } from './forms/formValues';
