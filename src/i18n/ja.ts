import { tourismJa } from './tourism.ja';
import { briefingJa } from './briefing.ja';
import { wallJa } from './wall.ja';
import { platformJa } from './platform.ja';
import { exportJa } from './export.ja';
import { operationsJa } from './operations.ja';
import { eeiJa } from './eei.ja';
import { authJa } from './auth.ja';
import { checkJa } from './check.ja';
import { lifelinesJa } from './lifelines.ja';
import type { opendataJa } from './opendata.ja';
/** Japanese (default). Every key here must exist in en.ts: the type system enforces it. */
export const ja = {
  'app.title': '長崎県 防災・観光ダッシュボード',
  'app.platform': 'データ連携基盤（NGSI-LD）',
  'app.loading': '読み込み中…',
  'app.skipToPanels': 'サイドパネルへ移動',
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
  'counts.facilities.help': '共通IDの先頭11桁が同じ指定を1施設として数えた数',
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
  'error.fix.notFound':
    '見つかりません：{url}。config.json の apiBaseUrl（現在 {base}）と、ゲートウェイが {path} をブローカーへ転送しているかを確認してください。',
  'error.fix.network':
    '{host} にこのブラウザーから届かないか、ブローカーの CORS 設定で拒否されています。ブローカーはこのオリジンとリクエストヘッダー {request}（Access-Control-Allow-Headers）を許可し、{expose} を公開（Access-Control-Expose-Headers）する必要があります。',
  'error.timeout': 'API が {seconds} 秒以内に応答しませんでした',
  'error.unauthorized': 'API が認証情報（API キー）を拒否しました（HTTP {status}）',
  'error.wait': 'API が {seconds} 秒待つよう求めています（HTTP {status}）',
  'error.busy': 'API が時間をおいて再試行するよう求めています（HTTP {status}）',
  'error.gateway':
    'ゲートウェイが HTTP {status} のエラーページを返しました（ブローカーまで届いていない可能性があります）',
  'error.truncated': 'API の応答が途中で切れていました',
  'error.notJson': 'API の応答が JSON ではありません',
  'error.ldContext': 'ブローカーが @context {url} を取得できません',
  'error.tenant': 'ブローカーにテナント「{tenant}」がありません',
  'error.offline': 'この端末はネットワークに接続されていません',
  'error.invalid': 'API の応答を解釈できません',
  'error.unknown': '不明なエラー',

  'credits.title': '出典',
  'credits.gsi': '出典：国土地理院「指定緊急避難場所データ」「指定避難所データ」を加工して作成',
  'credits.gsi.notice':
    '最新の指定状況を反映していない場合があります。指定緊急避難場所は災害種別ごとに指定されています。',
  'credits.n03':
    '出典：国土数値情報（行政区域データ）（国土交通省）をもとに、スマートニュース メディア研究所が簡素化したデータを加工して作成',
  'credits.mlit.notice': '行政区域は2021年1月1日時点。簡素化のため海岸線は実際と異なります。',

  'drill.banner': '訓練中：模擬データによる台風訓練シナリオです（実際の災害ではありません）',
  'event.none': '発生中の災害イベントはありません',
  'event.since': '{time} から',

  'band.vacant': '空いています',
  'band.somewhatCrowded': 'やや混雑',
  'band.crowded': '混雑',
  'band.full': '満',
  'band.closed': '利用停止中',
  'band.unknown': '不明',
  'status.open': '開設中',
  'status.closed': '未開設',
  'status.full': '満員',
  'status.unknown': '状態不明',

  'level.3': '警戒レベル3 高齢者等避難',
  'level.4': '警戒レベル4 避難指示',
  'level.5': '警戒レベル5 緊急安全確保',
  'level.short': 'Lv{level}',
  'level.none': '—',

  'totals.title': '県内の避難状況',
  'totals.openShelters': '開設避難所',
  'totals.evacuees': '避難者',
  'totals.households': '世帯',
  'totals.capacity': '収容可能（開設中）',
  'totals.spare': '空き',
  'unit.persons': '{n}人',
  'unit.households': '{n}世帯',
  'unit.places': '{n}か所',

  'islands.title': '島しょ別（荒天時は島外へ避難できません）',
  'islands.group': '地域',
  'islands.lowSpare': '空き不足',
  'island.tsushima': '対馬',
  'island.iki': '壱岐',
  'island.goto': '五島（五島市・新上五島町・小値賀町）',
  'island.hiradoSasebo': '平戸・佐世保などの島々',
  'island.mainland': '本土',
  'island.unlocated': '位置不明',

  'table.title': '市町別',
  'table.municipality': '市町',
  'table.level': '避難情報',
  'table.sort': '{column}で並べ替え',

  'trends.title': '避難者数の推移（過去24時間）',
  'trends.source.temporal': '時系列APIの1時間ごとの最大値',
  'trends.source.history': 'ダッシュボードの取得履歴から作成（時系列APIなし）',
  'trends.pick': '比較する市町',
  'trends.empty': 'まだ推移データがありません',

  'alerts.title': 'アラート',
  'alerts.none': '新しいアラートはありません',
  'alerts.ack': '確認',
  'alerts.ackAll': 'すべて確認',
  'alerts.shelterOpened': '{shelter}（{municipality}）が開設',
  'alerts.shelterClosed': '{shelter}（{municipality}）が閉鎖',
  'alerts.bandRaised': '{shelter}（{municipality}）が「{to}」に',
  'alerts.shelterFull.reported': '{shelter}（{municipality}）が満員と報告',
  'alerts.shelterFull.band':
    '{shelter}（{municipality}）が混雑の「満」の区分に（満員の報告はなし）',
  'alerts.levelIssued': '{municipality}に{to}',
  'alerts.levelRaised': '{municipality}：{from} → {to}',
  'alerts.levelLowered': '{municipality}：{from} → {to}',
  'alerts.levelLifted': '{municipality}の{from}を解除',

  'hazard.filter': '対象災害',
  'hazard.filter.auto': '災害イベントの種別',
  'flag.notDesignated': '対象災害に指定されていない避難所が開設中',
  'flag.overCapacity': '収容人数を大きく超過',

  'api.unreachable':
    'API からデータを取得できません（{reason}）。最後に取得できたデータを表示しています。',
  'api.offline': 'ネットワークに接続されていません。最後に取得できたデータを表示しています。',
  'fresh.none': '未取得',
  'fresh.age': '{age}前',
  'feed.overlays': '避難所の開設状況',
  'feed.info': '避難情報',
  'feed.events': '災害イベント',
  'feed.trends': '推移（時系列）',

  'layer.title': '地図のレイヤー',
  'layer.alertLevels': '避難情報（市町の塗り分け）',
  'layer.facilities': '指定避難施設（マスタ）',
  'layer.liveShelters': '避難所の開設・混雑状況',
  'layer.labels': '市町名',
  'live.observedAt': '観測時刻',
  'app.drillBadge': '訓練',
  ...tourismJa,
  ...briefingJa,
  ...wallJa,
  ...platformJa,
  ...exportJa,
  ...operationsJa,
  ...eeiJa,
  ...authJa,
  ...checkJa,
  ...lifelinesJa,
} as const;

/**
 * Every message key: the first script's and those of sections that arrive with the screens using
 * them (the platform's open-data KPIs, `registerJapanese`), so the wall never downloads them.
 */
export type MessageKey = keyof typeof ja | keyof typeof opendataJa;
export type Messages = Record<MessageKey, string>;
/** Japanese in full: the first script's catalogue with every late section. */
export const withLateJapanese = (late: Record<keyof typeof opendataJa, string>): Messages => ({
  ...ja,
  ...late,
});
