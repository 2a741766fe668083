/**
 * The spellings South Korean passports and the press use for common surnames, which follow neither
 * Revised Romanization nor McCune-Reischauer (이 Lee, 박 Park, 최 Choi, 정 Jung, 윤 Yoon).
 */
export const KOREAN_SURNAMES: Readonly<Record<string, string>> = {
  김: 'kim', 이: 'lee', 리: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim',
  림: 'lim', 한: 'han', 오: 'oh', 서: 'seo', 신: 'shin', 권: 'kwon', 황: 'hwang', 안: 'ahn', 송: 'song', 류: 'ryu', 유: 'yoo',
  전: 'jeon', 홍: 'hong', 고: 'ko', 문: 'moon', 양: 'yang', 손: 'son', 배: 'bae', 백: 'baek', 허: 'heo', 남: 'nam', 심: 'shim',
  노: 'noh', 로: 'roh', 하: 'ha', 곽: 'kwak', 성: 'sung', 차: 'cha', 주: 'joo', 우: 'woo', 구: 'koo', 민: 'min', 나: 'na',
  라: 'ra', 진: 'jin', 지: 'ji', 엄: 'um', 채: 'chae', 원: 'won', 천: 'chun', 방: 'bang', 공: 'kong', 현: 'hyun', 함: 'ham',
  변: 'byun', 염: 'yeom', 려: 'ryeo', 여: 'yeo', 추: 'choo', 도: 'do', 소: 'so', 석: 'seok', 선: 'sun', 설: 'sul', 마: 'ma',
  길: 'gil', 연: 'yeon', 표: 'pyo', 명: 'myung', 기: 'ki', 반: 'ban', 왕: 'wang', 금: 'keum', 옥: 'ok', 육: 'yook', 인: 'in',
  맹: 'maeng', 제: 'je', 모: 'mo', 탁: 'tak', 국: 'kook', 태: 'tae', 량: 'ryang', 룡: 'ryong',
};
