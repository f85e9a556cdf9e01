/** `url_affix_repeated` → `UrlAffixRepeated`. */
export type PascalCase<Text extends string> = Text extends `${infer Head}_${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Text>;

/** `url_affix_repeated` → `UrlAffixRepeated`: how a snake_case id appears inside a message key. */
export function pascalCase<Text extends string>(text: Text): PascalCase<Text> {
  return text.replace(/(?:^|_)([a-z])/g, (_match, letter: string) =>
    letter.toUpperCase(),
  ) as PascalCase<Text>;
}
