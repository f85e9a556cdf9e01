/** Unified API ids the Vault knows (its `UnifiedApiId` names); others are a 404. */
const KNOWN_UNIFIED_APIS = new Set([
  'accounting',
  'ats',
  'calendar',
  'crm',
  'csp',
  'customer-support',
  'ecommerce',
  'email',
  'email-marketing',
  'expense-management',
  'file-storage',
  'form',
  'hris',
  'lead',
  'payroll',
  'pos',
  'procurement',
  'project-management',
  'script',
  'sms',
  'spreadsheet',
  'subscription-analytics',
  'team-messaging',
  'issue-tracking',
  'time-registration',
  'transactional-email',
  'vault',
  'data-warehouse',
]);

/** True for a unified API id the Vault knows, even when the catalogue has no connector for it. */
export function isKnownUnifiedApi(id: string): boolean {
  return KNOWN_UNIFIED_APIS.has(id);
}
