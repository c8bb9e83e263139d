/**
 * A BCP 47 language tag as OpenGraph writes locales: zh-CN → zh_CN, en-GB → en_GB.
 * A tag without a region stays a bare language (en), which readers of the tag accept.
 * @param language the page's language tag
 */
export function ogLocale(language: string): string {
  const [lang = language, region] = language.split("-");
  return region && /^[A-Za-z]{2}$/.test(region) ? `${lang.toLowerCase()}_${region.toUpperCase()}` : lang.toLowerCase();
}
