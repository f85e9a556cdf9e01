import {
  codatSpecValidator,
  type SpecValidator,
  vaultSpecValidator,
} from '@plugboard/contract-testing';

/** The Codat validator. */
export function codatValidator(): SpecValidator {
  return codatSpecValidator();
}

/** The Vault validator. */
export function vaultValidator(): SpecValidator {
  return vaultSpecValidator();
}
