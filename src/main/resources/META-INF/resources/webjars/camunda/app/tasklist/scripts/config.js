// The networks' staff work in German: the webapps' own German translation first, English as fallback.
// The shortcuts are Camunda's defaults. governance-tasklist.js: form-js messages in German, refusals
// shown next to „Abschließen“, the hint to take over a group task first.
export default {
  customScripts: ['scripts/governance-tasklist'],
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'Aufgabe übernehmen'},
    focusFilter: {key: 'ctrl+shift+f', description: 'zum ersten Filter springen'},
    focusList: {key: 'ctrl+alt+l', description: 'zur ersten Aufgabe der Liste springen'},
    focusForm: {key: 'ctrl+alt+f', description: 'zum ersten Feld des Formulars springen'},
    startProcess: {key: 'ctrl+alt+p', description: 'Prozess starten'}
  }
};
