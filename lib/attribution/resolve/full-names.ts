/** A person's full name from the part of it a later mention writes (a surname, a first word or two). */
import { NAME_PARTICLES } from "../words";

/**
 * Full names by surname: a later (or, read back, an earlier) "Ehsan" is "Ehsanullah Ehsan". And by their first
 * words, for names shortened from the end, as Malay and Arabic names are: "Kamarul Ariffin" is "Kamarul Ariffin
 * Hashim"; and a name of two by its first word, as Korean and Chinese family names come first.
 */
export class FullNames {
  private bySurname = new Map<string, string>();
  private byOpening = new Map<string, string>();
  private byFirst = new Map<string, string | null>();

  /**
   * Remembers a name of two words or more by its last word, one of three or more by its first words, and one of two
   * or three by its first word too (unless another such name shares it).
   */
  add(name: string): void {
    const words = name.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1) this.bySurname.set(last, name);
    // ("Hamed al-Siyabi" … "Al-Siyabi said": a particle joined by a hyphen takes a capital opening a sentence.)
    const joined = /^(\p{Ll}+)-\p{Lu}/u.exec(last);
    if (words.length > 1 && joined && NAME_PARTICLES.has(joined[1]))
      this.bySurname.set(last[0].toUpperCase() + last.slice(1), name);
    if (words.length > 2) this.byOpening.set(words.slice(0, -1).join(" "), name);
    // ("Marcus Teo" for "Marcus Teo Jun Hao", "Nik Hazlan" for "Nik Hazlan Nik Mahmud": a name of four written by its
    // first two, as Singapore and Malaysian copy does.)
    // ("Dr Teo" for her: the second word is the family name then, unless a name ends with it.)
    if (words.length === 4 && words.every((w) => /^\p{Lu}/u.test(w))) {
      this.byOpening.set(words.slice(0, 2).join(" "), name);
      if (!this.bySurname.has(words[1])) this.bySurname.set(words[1], name);
    }
    // ("Obaid Rashed" for "Obaid Rashed Al Nuaimi": the words before a surname's particle.)
    const particle = words.findIndex((w, k) => k >= 2 && NAME_PARTICLES.has(w.toLowerCase()));
    if (particle > 0) this.byOpening.set(words.slice(0, particle).join(" "), name);
    // ("Kang Hye-rim" … "Kang said", "Chan Wei Ming" … "Mr Chan": family names first; one name only per word.)
    if (words.length === 2 || words.length === 3) {
      const had = this.byFirst.get(words[0]);
      this.byFirst.set(words[0], had === undefined || had === name ? name : null);
    }
  }

  of(surname: string): string | undefined {
    return this.bySurname.get(surname) ?? this.byFirst.get(surname) ?? undefined;
  }

  /** A name made full where a full name ending with it (one word) or starting with it (more) is known. */
  canonical(name: string): string {
    if (!name.includes(" ")) return this.of(name) ?? name;
    // "Al Mazrouei", "van der Merwe": a surname with its particle is the surname.
    const words = name.split(" ");
    const particled = words.length === 2 && NAME_PARTICLES.has(words[0].toLowerCase());
    // ("Venkatesh Gowda" for "P. Venkatesh Gowda": a known name that ends with this one, an initial before it.)
    const longer = this.bySurname.get(words[words.length - 1]);
    const ending = longer && longer.endsWith(` ${name}`) ? longer : undefined;
    return this.byOpening.get(name) ?? (particled ? this.of(words[1]) : undefined) ?? ending ?? name;
  }
}
