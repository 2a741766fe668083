/**
 * The names of the Latin letters as Korean writes them by the loanword rules (에이 A, 씨 C, 엠 M):
 * a South Korean company with an initialism in its English name spells the letters out in its Hangul
 * name (에이씨엠리서치, ACM Research; 엘지, LG). Common usage; 씨 and 시, 지 and 쥐 as both are written.
 */
export const HANGUL_LETTERS: Readonly<Record<string, string>> = {
  에이: 'a', 비: 'b', 씨: 'c', 시: 'c', 디: 'd', 이: 'e', 에프: 'f', 지: 'g', 쥐: 'g', 에이치: 'h', 에치: 'h', 아이: 'i',
  제이: 'j', 케이: 'k', 엘: 'l', 엠: 'm', 엔: 'n', 오: 'o', 피: 'p', 큐: 'q', 알: 'r', 아르: 'r', 에스: 's', 티: 't',
  유: 'u', 브이: 'v', 더블유: 'w', 엑스: 'x', 와이: 'y', 제트: 'z',
};
