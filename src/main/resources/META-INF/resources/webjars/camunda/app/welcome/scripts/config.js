// The networks' staff work in German: the webapps' own German translation first, English as fallback.
export default {
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  }
};
