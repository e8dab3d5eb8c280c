/**
 * The one slug rule behind deterministic entity ids: accents dropped, lower case, every run of
 * other characters one hyphen ("Nagorno-Karabakh" -> "nagorno-karabakh", "Şəki" -> "seki").
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
