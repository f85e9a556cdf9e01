import { jsonResponse } from '../http/jsonResponse';

/** The Vault's success envelope: `{status_code, status, data}`. */
export function vaultDataResponse(data: unknown, status = 200): Response {
  return jsonResponse(
    { status_code: status, status: status === 200 ? 'OK' : 'Created', data },
    status,
  );
}
