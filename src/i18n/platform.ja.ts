/** Platform KPI messages (Japanese, the default). en has the same keys: platform.en.ts. */
export const platformJa = {
  'screen.platform': '連携基盤',

  'pf.title': '連携基盤の公開状況（市町別）',
  'pf.feed': '連携基盤の件数',
  'pf.loading': '連携基盤の件数を問い合わせています…',
  'pf.contextUnread':
    '@context {url} を読み込めませんでした（{reason}）。連携基盤が完全な IRI で示した {n} 種類のデータ型は、IRI の末尾で表示しています（ポインターを合わせると全体を表示）。',
  'pf.error': '取得エラー：{reason}',
  'pf.error.nothing': 'すべての問い合わせに失敗しました（{reason}）',
  'pf.asOf': '{time} 時点',

  'pf.type.EvacuationSite': '指定緊急避難場所',
  'pf.type.DesignatedShelter': '指定避難所',
  'pf.type.EvacuationShelter': '避難所の開設状況',
  'pf.type.EvacuationInformation': '避難情報',
  'pf.type.DisasterEvent': '災害イベント',
  'pf.type.TourismPresenceObserved': '観光客の滞在',
  'pf.type.TouristFlowObserved': '観光客の移動',
  'pf.type.TransportServiceStatus': '船・航空便の運航状況',
  'pf.type.PlatformService': '連携基盤上のサービス',

  'pf.totals.publishing': '公開している市町',
  'pf.totals.publishing.unit': '／21市町',
  'pf.totals.publishing.help': 'いずれかの種別のレコードを1件以上公開している市町の数',
  'pf.totals.datasets': 'データセット',
  'pf.totals.datasets.help':
    '市町×種別の組み合わせのうち、レコードが1件以上あるものの数（県全体のデータセットは別に数えます）',
  'pf.totals.records': 'レコード',
  'pf.totals.records.value': '{n}件',
  'pf.totals.records.atLeast': '{n}件以上',
  'pf.totals.records.help': '21市町が公開しているレコードの合計（市町別に数えられる種別）',
  'pf.atLeast': '{n}以上',

  'pf.sentence.main':
    '県内21市町のうち{publishing}市町が、連携基盤にデータセット{datasets}件（レコード計{records}件）を公開しています。',
  'pf.sentence.types': '市町別に数えた種別：{types}。',
  'pf.sentence.prefecture': 'ほかに県全体のデータセットが{n}件あります。',
  'pf.sentence.incomplete': '件数を取得できなかった組み合わせがあるため、合計は下限です。',
  'pf.sentence.stale': '一部の件数は、最新の取得に失敗したため前回の値です。',
  'pf.sentence.noTypes': 'このブローカーには、市町コードで数えられる種別がありません。',
  'pf.list.separator': '、',

  'pf.table.caption': '市町別・種別ごとのレコード数と最新の更新（{time} 時点、コード順）',
  'pf.table.municipality': '市町',
  'pf.table.sum': '計',
  'pf.table.unattributed': '21市町以外・コードなし',
  'pf.table.select': '{name}の詳細を表示',
  'pf.table.rate': '1万人あたりレコード',
  'pf.table.rate.title': 'レコード{records}件 ÷ 人口{residents}人（令和2年国勢調査）× 1万',

  'pf.cell.records': '{n}件',
  'pf.cell.age': '{age}前',
  'pf.cell.unsupported': '非対応',
  'pf.cell.unsupported.title':
    'このブローカーはこの問い合わせに対応していません（HTTP {status} {detail}）。0件ではありません。',
  'pf.cell.failed': '取得失敗',
  'pf.cell.failed.title': '件数を取得できませんでした：{reason}',
  'pf.cell.unreported': '件数不明',
  'pf.cell.unreported.title':
    '件数ヘッダー NGSILD-Results-Count を読めません（ブローカーの Access-Control-Expose-Headers を確認してください）',
  'pf.cell.stale': '前回値',
  'pf.cell.stale.title': '{age}前に取得した値です（最新の取得に失敗：{reason}）',
  'pf.cell.timeUnknown': '時刻不明',
  'pf.cell.newest': '最新の更新 {time}',

  'pf.fresh.fresh': '新しい',
  'pf.fresh.aging': 'やや古い',
  'pf.fresh.stale': '古い',
  'pf.fresh.unjudged': '判定なし（発令時に更新される種別）',
  'pf.fresh.unknown': '更新時刻不明',
  'pf.fresh.empty': 'レコードなし',

  'pf.source.item': '{type}：{source}',
  'pf.source.title': '更新時刻の出どころ',
  'pf.source.modifiedAt': 'ブローカーの modifiedAt',
  'pf.source.observedAt': 'データの observedAt（modifiedAt なし）',
  'pf.source.none': '不明（ブローカーが時刻を返しません）',
  'pf.source.truncated': '（先頭{n}件のみ確認）',
  'pf.source.unsupported': 'このブローカーは非対応（HTTP {status}）',
  'pf.source.failed': '取得失敗（{reason}）',
  'pf.source.stale': '（前回取得分）',

  'pf.prefecture.title': '県全体のデータセット',
  'pf.prefecture.note':
    'localGovernmentCode を持たない種別は市町に割り当てず、条件なしの件数問い合わせで総数だけを数えます。ブローカーが拒否した場合（大量データの保護など）は「非対応」と表示します。',
  'pf.prefecture.unknown': '市町コードの有無を確認できませんでした',
  'pf.prefecture.none': '県全体のデータセットはありません',

  'pf.help.summary': 'この表の見方',
  'pf.help.datasets':
    'データセット：市町×種別の組み合わせのうち、レコードが1件以上あるもの。市町別に数えるのは localGovernmentCode を持つ種別です（/types の属性名、なければ存在確認の問い合わせで判定）。',
  'pf.help.records':
    '件数：種別ごと・市町ごとに、コードの6桁と5桁の両方で絞り込んだ件数問い合わせ（limit=0&count=true）の結果です。',
  'pf.help.newest':
    '最新の更新：ブローカーのシステム属性 modifiedAt の最新値、なければデータの observedAt の最新値。どちらもなければ「時刻不明」とし、時刻を推定しません。',
  'pf.help.cadence':
    '想定更新間隔は種別ごとの公開の周期です。指定緊急避難場所・指定避難所は市町が毎年見直す指定で、国土地理院は変更の届けがあるたびに更新します（既定365日）。避難所の開設状況は開設中数分ごと（既定10分）、観光データは日ごと（既定1日）。避難情報・災害イベントは発令時に書かれるため判定しません。config.json の platformCadence で種別ごとに変えられ、使われている間隔は表の下に示します。',
  'pf.help.failures':
    '取得に失敗した件数は前回の値を「前回値」として残します。400・403・501 で拒否された問い合わせは「非対応」とし、0件とはみなしません。',

  'pf.block.title': '{name}の連携基盤への公開状況',
  'pf.block.publishes': '{n}種別・計{records}件を公開',
  'pf.block.none': '連携基盤に公開しているレコードはありません',
  'pf.block.notPublished': '未公開：{types}',
  'pf.block.unknownCells': '件数を確認できない種別：{types}',
  'pf.block.badCode': '市町コード「{code}」は長崎県の21市町のいずれでもありません',
  'pf.detail.close': '閉じる',

  'pf.key.rule':
    '最新レコードの経過時間を種別ごとの想定更新間隔と比べ、2倍を超えると「やや古い」、5倍を超えると「古い」。',
  'pf.key.every': '{type} {interval}',
  'pf.key.notJudged': '{type} 判定なし',

  'pf.legend.title': '1万人あたりのレコード数',
  'pf.legend.none': 'なし（0件）',
  'pf.legend.under': '{to}未満',
  'pf.legend.range': '{from}以上{to}未満',
  'pf.legend.atLeast': '{from}以上',
  'pf.legend.class': '1万人あたり',
  'pf.legend.municipalities': '市町数',
  'pf.legend.unknown': '件数不明',
  'pf.legend.source': '市町別に数える全種別の合計 ÷ 人口（令和2年国勢調査）',
  'pf.legend.partial': '件数を取得できない種別がある市町は下限値で塗っています',
  'layer.platformDatasets': '市町別の1万人あたりレコード数',
} as const;
