/**
 * Shelter detail under EEI v1.1 (災害対応基本共有情報, contract §7): item names, the shelter
 * desk's filters, reports gone quiet, male/female totals, the EEI CSV. Japanese (default); en has
 * the same keys: eei.en.ts. The CSV's headers are always these Japanese words.
 */
export const eeiJa = {
  'eei.section': 'EEI（災害対応基本共有情報）',
  'eei.notReported': '未報告',
  'eei.notReported.list': '未報告：{items}',
  'eei.none': 'EEI項目の報告なし',
  'eei.yes': '可',
  'eei.no': '否',
  'eei.supplies.empty': 'なし（報告あり）',

  'eei.item.evacueeMale': '避難者数（男）',
  'eei.item.evacueeFemale': '避難者数（女）',
  'eei.item.openingReason': '開設理由',
  'eei.item.capacityStatus': '定員状況',
  'eei.item.staffNeeded': '必要な人的支援',
  'eei.item.drinkingWater': '飲料水',
  'eei.item.toiletCount': 'トイレの数',
  'eei.item.suppliesNeeded': '支援が必要な物資',
  'eei.item.livingConditions': '居住環境',
  'eei.item.petsAccepted': 'ペット同行避難の可否',
  'eei.item.carSleepersAllowed': '車中泊の可否',
  'eei.item.parkingSpaces': '駐車場台数',

  'eei.living.space': 'スペース',
  'eei.living.beds': 'ベッド',
  'eei.living.bathing': '入浴',
  'eei.living.laundry': '洗濯',
  'eei.living.blankets': '毛布',
  'eei.living.space.long': '居住環境（スペース）',
  'eei.living.beds.long': '居住環境（ベッド）',
  'eei.living.bathing.long': '居住環境（入浴）',
  'eei.living.laundry.long': '居住環境（洗濯）',
  'eei.living.blankets.long': '居住環境（毛布）',

  'eei.panel.title': '避難所の詳細（EEI）',
  'eei.filter.title': '避難所の絞り込み',
  'eei.filter.room': '空きあり',
  'eei.filter.pets': 'ペット同行可',
  'eei.filter.carSleep': '車中泊可',
  'eei.filter.waterShort': '飲料水不足',
  'eei.filter.supplies': '物資の要請あり',
  'eei.filter.clear': '絞り込みを解除',
  'eei.filter.count': '地図と一覧：{shown} / {total} か所',
  'eei.filter.help':
    '選んだ条件すべてに当てはまる避難所だけを地図と一覧に表示します。空きあり＝開設中で収容人数が避難者数を上回る（人数がなければ混雑度が満未満）。ペット・車中泊・飲料水・物資は報告した避難所だけが当てはまり、未報告は「否」とは扱いません。',
  'eei.filter.list': '該当する避難所',
  'eei.filter.more': 'ほか{n}か所',

  'eei.stale.title': '報告が{hours}時間以上途絶えた開設避難所',
  'eei.stale.none': '該当なし',
  'eei.stale.age': '{age}前',
  'eei.stale.noTime': '報告時刻なし',
  'eei.stale.help':
    '開設中・満員の避難所のうち、最後の報告（その避難所の属性で最も新しい観測時刻）から{hours}時間を超えたもの。市町へ確認が必要です。古い順。',
  'eei.col.shelter': '避難所',
  'eei.col.municipality': '市町',
  'eei.col.age': '経過',

  'eei.sex.title': '男女別の避難者数（報告分）',
  'eei.sex.male': '男',
  'eei.sex.female': '女',
  'eei.sex.reported': '{n}/{of}か所',
  'eei.sex.none': '男女別の報告はまだありません',
  'eei.sex.help':
    '閉鎖以外の避難所のうち男女別を報告した避難所だけの合計です（一部の避難所の合計）。「n/m か所」＝報告した避難所数／対象の避難所数。',

  'eei.csv.button': 'EEI様式CSV',
  'eei.csv.help':
    'EEIを報告した避難所と開設中の避難所を1行ずつ、EEI v1.1の項目順・日本語の項目名で出力します。未報告の項目は空欄です（「否」ではありません）。物資は1項目1行。',
  'eei.csv.municipalityCode': '市町村コード',
  'eei.csv.municipalityName': '市町村名',
  'eei.csv.shelterId': '避難所ID',
  'eei.csv.shelterName': '避難所名',
  'eei.csv.status': '開設状況',
  'eei.csv.none': 'なし',
  'eei.csv.closed': '閉鎖',
  'eei.csv.evacueeTotal': '避難者数',
  'eei.csv.observedAt': '報告日時（日本時間）',
} as const;
