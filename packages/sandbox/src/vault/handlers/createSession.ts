import { isPlainObject, readJsonBody } from '../../http/jsonResponse';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { parseSessionLength } from '../sessionLength';
import { issueSessionToken } from '../sessionTokens';
import { isKnownUnifiedApi } from '../unifiedApis';
import { authenticateVaultRequest } from '../vaultAuth';
import { vaultDataResponse } from '../vaultEnvelope';
import { fieldProblemsResponse, vaultErrorResponse } from '../vaultError';
import type { SessionSettings, SessionTheme } from '../vaultTypes';

const BOOLEAN_SETTINGS = [
  'hide_resource_settings',
  'sandbox_mode',
  'isolation_mode',
  'show_logs',
  'show_suggestions',
  'show_sidebar',
  'auto_redirect',
  'hide_guides',
];
const SETTINGS_KEYS = new Set([
  ...BOOLEAN_SETTINGS,
  'unified_apis',
  'session_length',
  'allow_actions',
]);
const TOP_LEVEL_KEYS = new Set([
  'consumer_metadata',
  'redirect_uri',
  'settings',
  'theme',
  'custom_consumer_settings',
]);
const ACTIONS = new Set(['delete', 'disconnect', 'reauthorize', 'disable']);
const STRING_PROPERTIES = {
  consumer_metadata: ['account_name', 'user_name', 'email', 'image'],
  theme: [
    'favicon',
    'logo',
    'primary_color',
    'sidepanel_background_color',
    'sidepanel_text_color',
    'vault_name',
    'privacy_url',
    'terms_url',
  ],
} as const;

/** Problems with a `Session` body, each naming the property path. */
function sessionBodyProblems(body: Record<string, unknown>): Array<Record<string, string>> {
  const problems: Array<Record<string, string>> = [];
  for (const key of Object.keys(body)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push({ [key]: `Unknown property: ${key}` });
  }
  if (body.redirect_uri !== undefined && typeof body.redirect_uri !== 'string') {
    problems.push({ redirect_uri: 'redirect_uri must be text' });
  }
  for (const [objectKey, stringKeys] of Object.entries(STRING_PROPERTIES)) {
    const value = body[objectKey];
    if (value === undefined) continue;
    if (!isPlainObject(value)) {
      problems.push({ [objectKey]: `${objectKey} must be an object` });
      continue;
    }
    for (const key of stringKeys) {
      if (value[key] !== undefined && typeof value[key] !== 'string') {
        problems.push({ [`${objectKey}.${key}`]: `${key} must be text` });
      }
    }
  }
  if (
    body.custom_consumer_settings !== undefined &&
    !isPlainObject(body.custom_consumer_settings)
  ) {
    problems.push({ custom_consumer_settings: 'custom_consumer_settings must be an object' });
  }
  const settings = body.settings;
  if (settings === undefined) return problems;
  if (!isPlainObject(settings)) return [...problems, { settings: 'settings must be an object' }];
  for (const key of Object.keys(settings)) {
    if (!SETTINGS_KEYS.has(key)) problems.push({ [`settings.${key}`]: `Unknown setting: ${key}` });
  }
  for (const key of BOOLEAN_SETTINGS) {
    if (settings[key] !== undefined && typeof settings[key] !== 'boolean') {
      problems.push({ [`settings.${key}`]: `${key} must be true or false` });
    }
  }
  const {
    unified_apis: unifiedApis,
    allow_actions: allowActions,
    session_length: sessionLength,
  } = settings;
  if (
    unifiedApis !== undefined &&
    (!Array.isArray(unifiedApis) ||
      !unifiedApis.every((api) => typeof api === 'string' && isKnownUnifiedApi(api)))
  ) {
    problems.push({ 'settings.unified_apis': 'unified_apis must list known unified API ids' });
  }
  if (
    allowActions !== undefined &&
    (!Array.isArray(allowActions) || !allowActions.every((action) => ACTIONS.has(action as string)))
  ) {
    problems.push({
      'settings.allow_actions':
        'allow_actions may only hold delete, disconnect, reauthorize and disable',
    });
  }
  if (
    sessionLength !== undefined &&
    (typeof sessionLength !== 'string' || !parseSessionLength(sessionLength))
  ) {
    problems.push({
      'settings.session_length':
        'session_length must be a duration such as 30m, 1h or 7d, at most one week',
    });
  }
  return problems;
}

/**
 * `POST /vault/sessions` (sessionsCreate): API-key auth only. Answers `{session_uri,
 * session_token}`; the token lives `settings.session_length` (default one hour, at most a week).
 */
export async function createSession(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const caller = await authenticateVaultRequest(context, routed.request, {
    consumerRequired: true,
  });
  if (caller instanceof Response) return caller;
  if (caller.kind !== 'apiKey') {
    return vaultErrorResponse(401, { detail: 'Sessions can only be created with the API key.' });
  }
  const parsed = await readJsonBody(routed.request);
  if (!parsed.ok) return vaultErrorResponse(400, { detail: 'The request body must be JSON.' });
  const body = parsed.value ?? {};
  if (!isPlainObject(body))
    return vaultErrorResponse(400, { detail: 'The request body must be a JSON object.' });
  const problems = sessionBodyProblems(body);
  if (problems.length > 0) return fieldProblemsResponse(400, { invalid: problems });
  const settings = (body.settings ?? {}) as SessionSettings;
  const token = await issueSessionToken(context, {
    consumerId: caller.consumerId as string,
    applicationId: caller.applicationId,
    expiresInSeconds: settings.session_length ? parseSessionLength(settings.session_length) : 3600,
    settings,
    theme: body.theme as SessionTheme | undefined,
    consumerMetadata: body.consumer_metadata as Record<string, unknown> | undefined,
    redirectUri: body.redirect_uri as string | undefined,
    customConsumerSettings: body.custom_consumer_settings as Record<string, unknown> | undefined,
  });
  return vaultDataResponse({
    session_uri: `${context.baseUrl}/sandbox/session/${token}`,
    session_token: token,
  });
}
