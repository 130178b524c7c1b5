// The page's first IndexedDB request, sent before the start-up code has even loaded: the browser
// opens the origin's IndexedDB store (~100–150 ms at a start with 10 years of data, issue 19) while
// that code loads and runs. It lists the databases only: nothing is opened or created.
if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') indexedDB.databases().catch(function () {});
