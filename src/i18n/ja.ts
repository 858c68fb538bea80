/** Japanese (default). Every key here must exist in en.ts: the type system enforces it. */
export const ja = {
  'app.title': '長崎県 防災・観光ダッシュボード',
  'app.platform': 'データ連携基盤（NGSI-LD）',
  'app.loading': '読み込み中…',
  'app.mockBadge': 'モックAPI',
  'app.mockBadge.title':
    '組み込みのモックAPIが国土地理院の実データを配信しています（ライブ連携ではありません）',
  'lang.switch': 'English',
  'lang.switch.label': '表示言語を英語に切り替える',

  'config.title': '設定ファイルに誤りがあります',
  'config.lead':
    '{source} を読み込めなかったか、内容が正しくありません。下記の項目を修正して再読み込みしてください。',
  'config.field': '項目',
  'config.problem': '内容',
  'config.wholeFile': '（ファイル全体）',
  'config.reason.unreachable': '設定ファイルを取得できません',
  'config.reason.not-json': '設定ファイルが JSON として読めません',
  'config.reason.invalid': '設定値が不正です',
  'config.reload': '再読み込み',

  'kind.site': '指定緊急避難場所',
  'kind.shelter': '指定避難所',
  'kind.welfare': '福祉避難所',
  'kind.site.short': '緊急避難場所',
  'kind.shelter.short': '避難所',
  'kind.welfare.short': '福祉避難所',
  'legend.title': '凡例',
  'legend.alsoSite': '白枠：緊急避難場所も兼ねる施設',
  'legend.toggle': '{kind}の表示',

  'counts.title': '避難施設',
  'counts.designations': '指定数',
  'counts.designations.help':
    '指定緊急避難場所と指定避難所の指定件数の合計（同じ施設が両方に指定されていれば2件）',
  'counts.facilities': '施設数',
  'counts.facilities.help': '共通IDの先頭11桁が同じ指定を1施設として数えた数（地図のマーカー数）',
  'counts.both': 'うち両方に指定',
  'counts.suspect': '位置要確認',
  'counts.unit.items': '{n}件',
  'counts.unit.places': '{n}か所',

  'suspect.title': '位置要確認の指定（地図には表示していません）',
  'suspect.reason': '{municipality}の区域から約{km} km 離れた座標',
  'suspect.none': '位置に問題のある指定はありません',

  'feed.title': 'データの状態',
  'feed.sites': '指定緊急避難場所',
  'feed.shelters': '指定避難所',
  'feed.asOf': '{time} 時点',
  'feed.skipped': '{n}件を除外',
  'feed.skipped.title': '検証に失敗したため除外したエンティティ',
  'feed.ok': '全件を検証済み',
  'feed.error': '取得エラー',
  'feed.stale': '前回取得分を表示中（{age}前）',
  'feed.retrying': '再試行中',
  'feed.duplicates': '重複ID {n}件を統合',

  'tooltip.address': '住所',
  'tooltip.municipality': '指定市町',
  'tooltip.roles': '指定',
  'tooltip.hazards': '対象災害',
  'tooltip.hazards.none': '（なし）',
  'tooltip.id': '共通ID',
  'tooltip.target': '受入対象者',
  'tooltip.close': '閉じる',

  'hazard.flood': '洪水',
  'hazard.landslide': '崖崩れ・土石流・地滑り',
  'hazard.stormSurge': '高潮',
  'hazard.earthquake': '地震',
  'hazard.tsunami': '津波',
  'hazard.greatFire': '大規模な火事',
  'hazard.inlandFlood': '内水氾濫',
  'hazard.eruption': '火山現象',

  'preset.title': '表示範囲',
  'preset.prefecture': '県全域',
  'preset.tsushima': '対馬',
  'preset.iki': '壱岐',
  'preset.goto': '五島',
  'preset.nagasaki': '長崎・西彼杵',
  'preset.shimabara': '島原半島',
  'preset.sasebo': '佐世保・平戸',

  'map.label': '長崎県の避難施設の地図',
  'map.webglLost': '地図の描画が中断されました。復旧しています…',

  'error.problem': 'API エラー {status}：{title}',
  'error.http': 'API が HTTP {status} を返しました',
  'error.network': 'API に接続できません',
  'error.timeout': 'API の応答がタイムアウトしました',
  'error.invalid': 'API の応答を解釈できません',
  'error.unknown': '不明なエラー',

  'credits.title': '出典',
  'credits.gsi': '出典：国土地理院「指定緊急避難場所データ」「指定避難所データ」を加工して作成',
  'credits.gsi.notice':
    '最新の指定状況を反映していない場合があります。指定緊急避難場所は災害種別ごとに指定されています。',
  'credits.n03':
    '出典：国土数値情報（行政区域データ）（国土交通省）をもとに、スマートニュース メディア研究所が簡素化したデータを加工して作成',
  'credits.mlit.notice': '行政区域は2021年1月1日時点。簡素化のため海岸線は実際と異なります。',
} as const;

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;
