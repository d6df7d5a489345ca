import { describe, expect, it } from "vitest";
import { articleLanguage, languageOfText } from "../../../lib/language";

const repeat = (s: string, n = 6) => Array(n).fill(s).join(" ");

describe("languageOfText", () => {
  it.each([
    [
      "en",
      repeat(
        "The minister said on Tuesday that the plan would be published in full, and officials were confident it was ready.",
      ),
    ],
    [
      "de",
      repeat(
        "Der Minister sagte am Dienstag, dass der Plan nicht vor dem Sommer veröffentlicht wird und die Regierung sich einig ist.",
      ),
    ],
    [
      "fr",
      repeat(
        "Le ministre a déclaré mardi que le plan sera publié dans les prochains jours et que les syndicats sont pour.",
      ),
    ],
    [
      "es",
      repeat(
        "El ministro dijo el martes que el plan de los expertos se publicará para el verano con más detalles que los anteriores.",
      ),
    ],
    ["ar", repeat("قال الوزير يوم الثلاثاء إن الخطة ستنشر كاملة الأسبوع المقبل بعد أن يراها البرلمان.")],
    ["ja", repeat("大臣は火曜日、計画は来週全文が公表されると述べた。")],
    ["zh", repeat("部长周二表示，该计划将于下周全文公布。")],
    ["ru", repeat("Министр заявил во вторник, что план будет опубликован полностью на следующей неделе.")],
    ["", "Short text."],
  ])("%s", (lang, text) => expect(languageOfText(text)).toBe(lang));
});

describe("articleLanguage", () => {
  const german = repeat(
    "Der Minister sagte am Dienstag, dass der Plan nicht vor dem Sommer veröffentlicht wird und die Regierung sich einig ist.",
  );
  it("reads English and text it cannot tell", () => {
    expect(articleLanguage("en", "Short text.")).toEqual({ code: "en", readable: true });
    expect(articleLanguage("", "Short text.")).toEqual({ code: "", readable: true });
  });
  it("takes the page's lang when the text does not say", () =>
    expect(articleLanguage("de-DE", "Kurz.")).toEqual({ code: "de", readable: false }));
  it("lets the text overrule a page that declares English on everything", () =>
    expect(articleLanguage("en", german)).toEqual({ code: "de", readable: false }));
});
