const ACRONYMS = new Set([
  'api',
  'crm',
  'erp',
  'ftp',
  'gl',
  'http',
  'https',
  'id',
  'ip',
  'json',
  'sftp',
  'sku',
  'smtp',
  'sql',
  'ssl',
  'sso',
  'uri',
  'url',
  'uuid',
  'vat',
  'xml',
]);

/**
 * A form-field id made readable, for fields the API sent without a label: words split on
 * `_`, `-`, `.`, spaces and camelCase, first word capitalised, well-known acronyms in capitals.
 *
 * @example
 * humanizeFieldId('instance_url'); // 'Instance URL'
 * humanizeFieldId('ProductInterest'); // 'Product interest'
 * humanizeFieldId('apiKey'); // 'API key'
 */
export function humanizeFieldId(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.\-[\]]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  if (words.length === 0) return 'Field';
  return words
    .map((word, index) => {
      if (ACRONYMS.has(word)) return word.toUpperCase();
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
}
