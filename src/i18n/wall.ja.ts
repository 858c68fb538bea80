/** The wall display's headline and kiosk captions (Japanese). */
export const wallJa = {
  'headline.label': '現在の状況',
  'headline.waiting': '最新の状況を取得しています…',
  'headline.quiet': '発令中の避難情報はありません・開設中の避難所はありません',
  'headline.asOf': '{time} 時点',
  'headline.top': '{level}発令中：{where}',
  'headline.noLevel': '発令中の避難情報なし',
  'headline.open': '開設避難所 {n}か所',
  'headline.evacuees': '避難者 {n}人',
  'headline.islandsShort': '収容の余裕が少ない島しょ：{names}',
  'headline.islandsOk': '島しょの収容に余裕あり',
  'headline.more': 'ほか{n}市町',
  'headline.separator': '・',
  'island.short.tsushima': '対馬',
  'island.short.iki': '壱岐',
  'island.short.goto': '五島',
  'island.short.hiradoSasebo': '平戸・佐世保の島々',
  'island.short.mainland': '本土',
  'legend.context': '対象災害に指定された施設',
  'standing.level5': '{level} 発令中：',
  'standing.item': '{municipality}（{time} 発令）',
  'trends.buildingUp':
    'この推移はダッシュボードが取得を始めた時間帯（{time}）から積み上がります（現在{n}時間分）',
  'counts.onMap.some':
    '地図に表示 {drawn}か所：{n}か所は位置が確認できないため表示していません（位置要確認の一覧）',
  'counts.onMap.all': '地図に表示 {drawn}か所（すべて）',
  'kiosk.preset': '表示範囲：{name}',
} as const;
