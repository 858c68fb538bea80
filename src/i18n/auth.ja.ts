/** Sign-in messages (Japanese, the default). en has the same keys: auth.en.ts. */
export const authJa = {
  'auth.needed': 'サインインが必要です：{reason}。',
  'auth.reason.refused': 'プラットフォームがサインインを受け付けませんでした',
  'auth.reason.renewal-refused':
    'サインインの有効期限が切れ、ID プロバイダーが更新を受け付けませんでした',
  'auth.reason.provider-unreachable':
    'ID プロバイダー {issuer} に接続できず、サインインを更新できません（{detail}）',
  'auth.keeping': '最後に取得できたデータ（{age}前）を表示しています。',
  'auth.signIn': 'サインイン',
  'auth.start.title': 'サインインできません',
  'auth.start.provider-unreachable': 'ID プロバイダー {issuer} に接続できません：{detail}',
  'auth.start.callback': 'サインインを完了できませんでした：{detail}',
  'auth.start.retry': '{seconds} 秒後に再試行します。',
  'auth.start.check':
    'config.json の auth.issuer と、ID プロバイダーにこのページのアドレス {redirect} がリダイレクト URI として登録されているかを確認してください。',
  'error.signInRefused': 'API がサインインを受け付けませんでした（HTTP {status}）',
} as const;
