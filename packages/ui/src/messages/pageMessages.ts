import type { ConnectionAction, ConnectionStatus } from '@plugboard/react';
import type { SupportedLocale } from './locales';

/** The actions the details dialog runs itself (the other three are forms). */
export type RunnableConnectionAction = Exclude<
  ConnectionAction,
  'import' | 'editSettings' | 'editResourceDefaults'
>;

/**
 * Strings of the page, grid, cards, status badges and the details dialog. Owned by the page part
 * of the package: add keys here (with all five languages) as components need them.
 *
 * Placeholders in braces (`{name}`, `{count}` …) are filled by `formatMessage`. The record-valued
 * keys (`statusLabels`, `actionLabels` …) are replaced whole by an override, so TypeScript asks for
 * every entry.
 */
export interface PageMessages {
  /** Page heading. */
  title: string;
  /** Announced while the catalogue loads. */
  loading: string;

  searchLabel: string;
  searchPlaceholder: string;
  apiFilterLabel: string;
  apiFilterAll: string;
  statusFilterLabel: string;
  statusFilterAll: string;
  statusFilterConnected: string;
  statusFilterAttention: string;
  statusFilterDisabled: string;
  statusFilterNotConnected: string;
  /** `{count}` integrations, for exactly one. */
  countOne: string;
  /** `{count}` integrations, any other number. */
  countOther: string;
  /** While a search or filter narrows the list: `{count}` of `{total}`. */
  countFiltered: string;

  emptyTitle: string;
  emptyDescription: string;
  noResultsTitle: string;
  noResultsDescription: string;
  clearFilters: string;
  errorTitle: string;
  retry: string;

  /** The card's accessible name: `{name}`. */
  openConnection: string;

  /** Badge text per status id. */
  statusLabels: Record<ConnectionStatus, string>;
  /** One sentence per status id: what it means and what to do next. */
  statusDescriptions: Record<ConnectionStatus, string>;
  /** Display names of unified APIs by id; unknown ids are shown humanised. */
  unifiedApiNames: Record<string, string>;

  close: string;
  website: string;
  guide: string;
  opensInNewTab: string;
  actionsLabel: string;
  /** Button text per action. */
  actionLabels: Record<ConnectionAction, string>;
  /** Button text while an action runs. */
  actionRunning: Record<RunnableConnectionAction, string>;
  /** Announced when an action succeeded: `{name}`, and `{status}` for validate. */
  actionSucceeded: Record<RunnableConnectionAction, string>;
  /** `{action}` failed: `{reason}`. */
  actionFailed: string;
  oauthWaiting: string;
  oauthConfirming: string;
  oauthDenied: string;
  errorNetwork: string;
  errorSessionExpired: string;
  errorServer: string;
  errorUnknown: string;

  deleteConfirmTitle: string;
  deleteConfirmDescription: string;
  deleteConfirm: string;
  cancel: string;

  settingsTitle: string;
  resourceDefaultsTitle: string;
  importTitle: string;
  importToggle: string;
}

export const pageMessages: Record<SupportedLocale, PageMessages> = {
  en: {
    title: 'Integrations',
    loading: 'Loading integrations…',
    searchLabel: 'Search integrations',
    searchPlaceholder: 'Search by name, description or category',
    apiFilterLabel: 'Category',
    apiFilterAll: 'All categories',
    statusFilterLabel: 'Status',
    statusFilterAll: 'All statuses',
    statusFilterConnected: 'Connected',
    statusFilterAttention: 'Needs attention',
    statusFilterDisabled: 'Disabled',
    statusFilterNotConnected: 'Not connected',
    countOne: '{count} integration',
    countOther: '{count} integrations',
    countFiltered: '{count} of {total} integrations',
    emptyTitle: 'No integrations yet',
    emptyDescription:
      'There are no integrations available for your account. Check back later or contact your administrator.',
    noResultsTitle: 'No integrations match your search',
    noResultsDescription: 'Try another search term, or clear the filters to see every integration.',
    clearFilters: 'Clear filters',
    errorTitle: 'Integrations could not be loaded',
    retry: 'Retry',
    openConnection: 'Open {name}',
    statusLabels: {
      pending_confirmation: 'Pending confirmation',
      needs_configuration: 'Needs configuration',
      invalid: 'Invalid configuration',
      not_connected: 'Not connected',
      disabled: 'Disabled',
      unauthorized: 'Unauthorized',
      input_required: 'Input required',
      connected: 'Connected',
      unknown: 'Unknown status',
    },
    statusDescriptions: {
      pending_confirmation:
        'Access was granted but still has to be confirmed; finish the sign-in, or authorize again if it was interrupted.',
      needs_configuration:
        'This integration has not been set up by the application yet; ask its administrator to configure it before connecting.',
      invalid:
        'The saved settings or credentials were rejected; check the settings and authorize again.',
      not_connected: 'This integration is available but not added yet; add it to start connecting.',
      disabled: 'This connection is switched off and cannot be used; enable it to use it again.',
      unauthorized:
        'This integration is added but has no access to your account yet; authorize it to finish connecting.',
      input_required:
        'Access was granted but some required settings are still missing; fill them in to finish connecting.',
      connected: 'This connection is set up and ready to use.',
      unknown:
        'The status of this connection could not be determined; refresh the page, and contact support if it stays this way.',
    },
    unifiedApiNames: {
      accounting: 'Accounting',
      ats: 'Recruiting (ATS)',
      crm: 'CRM',
      ecommerce: 'E-commerce',
      'file-storage': 'File storage',
      hris: 'HR (HRIS)',
      'issue-tracking': 'Issue tracking',
      lead: 'Leads',
      pos: 'Point of sale',
      sms: 'SMS',
      'team-messaging': 'Team messaging',
    },
    close: 'Close',
    website: 'Website',
    guide: 'Connection guide',
    opensInNewTab: '(opens in a new tab)',
    actionsLabel: 'Actions',
    actionLabels: {
      add: 'Add integration',
      enable: 'Enable',
      authorize: 'Authorize',
      authorizeToken: 'Authorize',
      import: 'Import credentials',
      editSettings: 'Edit settings',
      editResourceDefaults: 'Edit resource defaults',
      validate: 'Test connection',
      disable: 'Disable',
      reauthorize: 'Re-authorize',
      disconnect: 'Disconnect',
      delete: 'Delete',
    },
    actionRunning: {
      add: 'Adding…',
      enable: 'Enabling…',
      authorize: 'Authorizing…',
      authorizeToken: 'Authorizing…',
      validate: 'Testing…',
      disable: 'Disabling…',
      reauthorize: 'Re-authorizing…',
      disconnect: 'Disconnecting…',
      delete: 'Deleting…',
    },
    actionSucceeded: {
      add: '{name} was added.',
      enable: '{name} is enabled again.',
      authorize: '{name} is authorized.',
      authorizeToken: '{name} is authorized.',
      validate: 'Test finished: {name} is now “{status}”.',
      disable: '{name} is disabled.',
      reauthorize: '{name} was authorized again.',
      disconnect: '{name} was disconnected.',
      delete: '{name} was deleted.',
    },
    actionFailed: '{action} failed: {reason}',
    oauthWaiting: 'Finish signing in in the window that opened.',
    oauthConfirming: 'Finishing authorization…',
    oauthDenied: 'Access was not granted at the provider ({reason}).',
    errorNetwork: 'Could not reach the service. Check your internet connection and try again.',
    errorSessionExpired: 'Your session expired. Reload the page to sign in again.',
    errorServer: 'The service ran into a problem ({reason}). Please try again in a moment.',
    errorUnknown: 'Something went wrong. Please try again.',
    deleteConfirmTitle: 'Delete {name}?',
    deleteConfirmDescription: 'This removes its settings.',
    deleteConfirm: 'Delete',
    cancel: 'Cancel',
    settingsTitle: 'Settings',
    resourceDefaultsTitle: 'Defaults for {resource}',
    importTitle: 'Import credentials',
    importToggle: 'Import existing credentials',
  },
  de: {
    title: 'Integrationen',
    loading: 'Integrationen werden geladen…',
    searchLabel: 'Integrationen durchsuchen',
    searchPlaceholder: 'Nach Name, Beschreibung oder Kategorie suchen',
    apiFilterLabel: 'Kategorie',
    apiFilterAll: 'Alle Kategorien',
    statusFilterLabel: 'Status',
    statusFilterAll: 'Alle Status',
    statusFilterConnected: 'Verbunden',
    statusFilterAttention: 'Handlungsbedarf',
    statusFilterDisabled: 'Deaktiviert',
    statusFilterNotConnected: 'Nicht verbunden',
    countOne: '{count} Integration',
    countOther: '{count} Integrationen',
    countFiltered: '{count} von {total} Integrationen',
    emptyTitle: 'Noch keine Integrationen',
    emptyDescription:
      'Für Ihr Konto sind keine Integrationen verfügbar. Schauen Sie später wieder vorbei oder wenden Sie sich an Ihre Administration.',
    noResultsTitle: 'Keine Integration passt zu Ihrer Suche',
    noResultsDescription:
      'Versuchen Sie einen anderen Suchbegriff oder setzen Sie die Filter zurück, um alle Integrationen zu sehen.',
    clearFilters: 'Filter zurücksetzen',
    errorTitle: 'Integrationen konnten nicht geladen werden',
    retry: 'Erneut versuchen',
    openConnection: '{name} öffnen',
    statusLabels: {
      pending_confirmation: 'Bestätigung ausstehend',
      needs_configuration: 'Einrichtung erforderlich',
      invalid: 'Ungültige Konfiguration',
      not_connected: 'Nicht verbunden',
      disabled: 'Deaktiviert',
      unauthorized: 'Nicht autorisiert',
      input_required: 'Eingabe erforderlich',
      connected: 'Verbunden',
      unknown: 'Unbekannter Status',
    },
    statusDescriptions: {
      pending_confirmation:
        'Der Zugriff wurde gewährt, muss aber noch bestätigt werden; schließen Sie die Anmeldung ab oder autorisieren Sie erneut, falls sie unterbrochen wurde.',
      needs_configuration:
        'Diese Integration wurde von der Anwendung noch nicht eingerichtet; bitten Sie die Administration, sie vor dem Verbinden zu konfigurieren.',
      invalid:
        'Die gespeicherten Einstellungen oder Zugangsdaten wurden abgelehnt; prüfen Sie die Einstellungen und autorisieren Sie erneut.',
      not_connected:
        'Diese Integration ist verfügbar, aber noch nicht hinzugefügt; fügen Sie sie hinzu, um die Verbindung herzustellen.',
      disabled:
        'Diese Verbindung ist ausgeschaltet und kann nicht genutzt werden; aktivieren Sie sie, um sie wieder zu verwenden.',
      unauthorized:
        'Diese Integration ist hinzugefügt, hat aber noch keinen Zugriff auf Ihr Konto; autorisieren Sie sie, um die Verbindung abzuschließen.',
      input_required:
        'Der Zugriff wurde gewährt, aber einige Pflichteinstellungen fehlen noch; füllen Sie sie aus, um die Verbindung abzuschließen.',
      connected: 'Diese Verbindung ist eingerichtet und einsatzbereit.',
      unknown:
        'Der Status dieser Verbindung konnte nicht ermittelt werden; laden Sie die Seite neu und wenden Sie sich an den Support, falls das so bleibt.',
    },
    unifiedApiNames: {
      accounting: 'Buchhaltung',
      ats: 'Recruiting (ATS)',
      crm: 'CRM',
      ecommerce: 'E-Commerce',
      'file-storage': 'Dateispeicher',
      hris: 'Personalwesen (HRIS)',
      'issue-tracking': 'Ticketsysteme',
      lead: 'Leads',
      pos: 'Kassensysteme',
      sms: 'SMS',
      'team-messaging': 'Team-Chat',
    },
    close: 'Schließen',
    website: 'Website',
    guide: 'Verbindungsanleitung',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    actionsLabel: 'Aktionen',
    actionLabels: {
      add: 'Integration hinzufügen',
      enable: 'Aktivieren',
      authorize: 'Autorisieren',
      authorizeToken: 'Autorisieren',
      import: 'Zugangsdaten importieren',
      editSettings: 'Einstellungen bearbeiten',
      editResourceDefaults: 'Standardwerte bearbeiten',
      validate: 'Verbindung testen',
      disable: 'Deaktivieren',
      reauthorize: 'Erneut autorisieren',
      disconnect: 'Trennen',
      delete: 'Löschen',
    },
    actionRunning: {
      add: 'Wird hinzugefügt…',
      enable: 'Wird aktiviert…',
      authorize: 'Wird autorisiert…',
      authorizeToken: 'Wird autorisiert…',
      validate: 'Wird getestet…',
      disable: 'Wird deaktiviert…',
      reauthorize: 'Wird erneut autorisiert…',
      disconnect: 'Wird getrennt…',
      delete: 'Wird gelöscht…',
    },
    actionSucceeded: {
      add: '{name} wurde hinzugefügt.',
      enable: '{name} ist wieder aktiviert.',
      authorize: '{name} ist autorisiert.',
      authorizeToken: '{name} ist autorisiert.',
      validate: 'Test abgeschlossen: {name} ist jetzt „{status}“.',
      disable: '{name} ist deaktiviert.',
      reauthorize: '{name} wurde erneut autorisiert.',
      disconnect: '{name} wurde getrennt.',
      delete: '{name} wurde gelöscht.',
    },
    actionFailed: '{action} fehlgeschlagen: {reason}',
    oauthWaiting: 'Schließen Sie die Anmeldung im geöffneten Fenster ab.',
    oauthConfirming: 'Autorisierung wird abgeschlossen…',
    oauthDenied: 'Der Zugriff wurde beim Anbieter nicht gewährt ({reason}).',
    errorNetwork:
      'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    errorSessionExpired:
      'Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu, um sich erneut anzumelden.',
    errorServer:
      'Beim Dienst ist ein Problem aufgetreten ({reason}). Bitte versuchen Sie es gleich noch einmal.',
    errorUnknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    deleteConfirmTitle: '{name} löschen?',
    deleteConfirmDescription: 'Dadurch werden die Einstellungen entfernt.',
    deleteConfirm: 'Löschen',
    cancel: 'Abbrechen',
    settingsTitle: 'Einstellungen',
    resourceDefaultsTitle: 'Standardwerte für {resource}',
    importTitle: 'Zugangsdaten importieren',
    importToggle: 'Vorhandene Zugangsdaten importieren',
  },
  fr: {
    title: 'Intégrations',
    loading: 'Chargement des intégrations…',
    searchLabel: 'Rechercher des intégrations',
    searchPlaceholder: 'Rechercher par nom, description ou catégorie',
    apiFilterLabel: 'Catégorie',
    apiFilterAll: 'Toutes les catégories',
    statusFilterLabel: 'Statut',
    statusFilterAll: 'Tous les statuts',
    statusFilterConnected: 'Connectées',
    statusFilterAttention: 'Action requise',
    statusFilterDisabled: 'Désactivées',
    statusFilterNotConnected: 'Non connectées',
    countOne: '{count} intégration',
    countOther: '{count} intégrations',
    countFiltered: '{count} intégrations sur {total}',
    emptyTitle: 'Aucune intégration pour le moment',
    emptyDescription:
      'Aucune intégration n’est disponible pour votre compte. Revenez plus tard ou contactez votre administrateur.',
    noResultsTitle: 'Aucune intégration ne correspond à votre recherche',
    noResultsDescription:
      'Essayez un autre terme, ou réinitialisez les filtres pour voir toutes les intégrations.',
    clearFilters: 'Réinitialiser les filtres',
    errorTitle: 'Impossible de charger les intégrations',
    retry: 'Réessayer',
    openConnection: 'Ouvrir {name}',
    statusLabels: {
      pending_confirmation: 'Confirmation en attente',
      needs_configuration: 'Configuration requise',
      invalid: 'Configuration invalide',
      not_connected: 'Non connectée',
      disabled: 'Désactivée',
      unauthorized: 'Non autorisée',
      input_required: 'Informations requises',
      connected: 'Connectée',
      unknown: 'Statut inconnu',
    },
    statusDescriptions: {
      pending_confirmation:
        'L’accès a été accordé mais doit encore être confirmé ; terminez la connexion, ou autorisez à nouveau si elle a été interrompue.',
      needs_configuration:
        'Cette intégration n’a pas encore été configurée par l’application ; demandez à son administrateur de la configurer avant de vous connecter.',
      invalid:
        'Les paramètres ou identifiants enregistrés ont été refusés ; vérifiez les paramètres et autorisez à nouveau.',
      not_connected:
        'Cette intégration est disponible mais pas encore ajoutée ; ajoutez-la pour commencer la connexion.',
      disabled:
        'Cette connexion est désactivée et ne peut pas être utilisée ; activez-la pour l’utiliser à nouveau.',
      unauthorized:
        'Cette intégration est ajoutée mais n’a pas encore accès à votre compte ; autorisez-la pour terminer la connexion.',
      input_required:
        'L’accès a été accordé mais certains paramètres obligatoires manquent encore ; renseignez-les pour terminer la connexion.',
      connected: 'Cette connexion est configurée et prête à l’emploi.',
      unknown:
        'Le statut de cette connexion n’a pas pu être déterminé ; actualisez la page et contactez le support si cela persiste.',
    },
    unifiedApiNames: {
      accounting: 'Comptabilité',
      ats: 'Recrutement (ATS)',
      crm: 'CRM',
      ecommerce: 'E-commerce',
      'file-storage': 'Stockage de fichiers',
      hris: 'RH (SIRH)',
      'issue-tracking': 'Suivi des tickets',
      lead: 'Prospects',
      pos: 'Point de vente',
      sms: 'SMS',
      'team-messaging': 'Messagerie d’équipe',
    },
    close: 'Fermer',
    website: 'Site web',
    guide: 'Guide de connexion',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    actionsLabel: 'Actions',
    actionLabels: {
      add: 'Ajouter l’intégration',
      enable: 'Activer',
      authorize: 'Autoriser',
      authorizeToken: 'Autoriser',
      import: 'Importer des identifiants',
      editSettings: 'Modifier les paramètres',
      editResourceDefaults: 'Modifier les valeurs par défaut',
      validate: 'Tester la connexion',
      disable: 'Désactiver',
      reauthorize: 'Autoriser à nouveau',
      disconnect: 'Déconnecter',
      delete: 'Supprimer',
    },
    actionRunning: {
      add: 'Ajout…',
      enable: 'Activation…',
      authorize: 'Autorisation…',
      authorizeToken: 'Autorisation…',
      validate: 'Test en cours…',
      disable: 'Désactivation…',
      reauthorize: 'Nouvelle autorisation…',
      disconnect: 'Déconnexion…',
      delete: 'Suppression…',
    },
    actionSucceeded: {
      add: '{name} a été ajoutée.',
      enable: '{name} est de nouveau activée.',
      authorize: '{name} est autorisée.',
      authorizeToken: '{name} est autorisée.',
      validate: 'Test terminé : {name} est maintenant « {status} ».',
      disable: '{name} est désactivée.',
      reauthorize: '{name} a été autorisée à nouveau.',
      disconnect: '{name} a été déconnectée.',
      delete: '{name} a été supprimée.',
    },
    actionFailed: 'Échec de « {action} » : {reason}',
    oauthWaiting: 'Terminez la connexion dans la fenêtre qui s’est ouverte.',
    oauthConfirming: 'Finalisation de l’autorisation…',
    oauthDenied: 'L’accès n’a pas été accordé par le fournisseur ({reason}).',
    errorNetwork:
      'Impossible de joindre le service. Vérifiez votre connexion Internet et réessayez.',
    errorSessionExpired: 'Votre session a expiré. Rechargez la page pour vous reconnecter.',
    errorServer: 'Le service a rencontré un problème ({reason}). Réessayez dans un instant.',
    errorUnknown: 'Une erreur s’est produite. Veuillez réessayer.',
    deleteConfirmTitle: 'Supprimer {name} ?',
    deleteConfirmDescription: 'Ses paramètres seront supprimés.',
    deleteConfirm: 'Supprimer',
    cancel: 'Annuler',
    settingsTitle: 'Paramètres',
    resourceDefaultsTitle: 'Valeurs par défaut pour {resource}',
    importTitle: 'Importer des identifiants',
    importToggle: 'Importer des identifiants existants',
  },
  es: {
    title: 'Integraciones',
    loading: 'Cargando integraciones…',
    searchLabel: 'Buscar integraciones',
    searchPlaceholder: 'Buscar por nombre, descripción o categoría',
    apiFilterLabel: 'Categoría',
    apiFilterAll: 'Todas las categorías',
    statusFilterLabel: 'Estado',
    statusFilterAll: 'Todos los estados',
    statusFilterConnected: 'Conectadas',
    statusFilterAttention: 'Requieren atención',
    statusFilterDisabled: 'Desactivadas',
    statusFilterNotConnected: 'No conectadas',
    countOne: '{count} integración',
    countOther: '{count} integraciones',
    countFiltered: '{count} de {total} integraciones',
    emptyTitle: 'Todavía no hay integraciones',
    emptyDescription:
      'No hay integraciones disponibles para tu cuenta. Vuelve más tarde o contacta con tu administrador.',
    noResultsTitle: 'Ninguna integración coincide con tu búsqueda',
    noResultsDescription:
      'Prueba con otro término o borra los filtros para ver todas las integraciones.',
    clearFilters: 'Borrar filtros',
    errorTitle: 'No se pudieron cargar las integraciones',
    retry: 'Reintentar',
    openConnection: 'Abrir {name}',
    statusLabels: {
      pending_confirmation: 'Confirmación pendiente',
      needs_configuration: 'Requiere configuración',
      invalid: 'Configuración no válida',
      not_connected: 'No conectada',
      disabled: 'Desactivada',
      unauthorized: 'No autorizada',
      input_required: 'Faltan datos',
      connected: 'Conectada',
      unknown: 'Estado desconocido',
    },
    statusDescriptions: {
      pending_confirmation:
        'Se concedió el acceso, pero aún debe confirmarse; termina el inicio de sesión o vuelve a autorizar si se interrumpió.',
      needs_configuration:
        'La aplicación aún no ha configurado esta integración; pide a su administrador que la configure antes de conectarte.',
      invalid:
        'Se rechazaron los ajustes o las credenciales guardados; revisa los ajustes y vuelve a autorizar.',
      not_connected:
        'Esta integración está disponible pero aún no se ha añadido; añádela para empezar a conectarla.',
      disabled: 'Esta conexión está desactivada y no se puede usar; actívala para volver a usarla.',
      unauthorized:
        'Esta integración está añadida pero todavía no tiene acceso a tu cuenta; autorízala para terminar de conectarla.',
      input_required:
        'Se concedió el acceso, pero faltan algunos ajustes obligatorios; complétalos para terminar de conectarla.',
      connected: 'Esta conexión está configurada y lista para usar.',
      unknown:
        'No se pudo determinar el estado de esta conexión; actualiza la página y contacta con soporte si sigue así.',
    },
    unifiedApiNames: {
      accounting: 'Contabilidad',
      ats: 'Selección (ATS)',
      crm: 'CRM',
      ecommerce: 'Comercio electrónico',
      'file-storage': 'Almacenamiento de archivos',
      hris: 'RR. HH. (HRIS)',
      'issue-tracking': 'Gestión de incidencias',
      lead: 'Clientes potenciales',
      pos: 'Punto de venta',
      sms: 'SMS',
      'team-messaging': 'Mensajería de equipo',
    },
    close: 'Cerrar',
    website: 'Sitio web',
    guide: 'Guía de conexión',
    opensInNewTab: '(se abre en una pestaña nueva)',
    actionsLabel: 'Acciones',
    actionLabels: {
      add: 'Añadir integración',
      enable: 'Activar',
      authorize: 'Autorizar',
      authorizeToken: 'Autorizar',
      import: 'Importar credenciales',
      editSettings: 'Editar ajustes',
      editResourceDefaults: 'Editar valores predeterminados',
      validate: 'Probar conexión',
      disable: 'Desactivar',
      reauthorize: 'Volver a autorizar',
      disconnect: 'Desconectar',
      delete: 'Eliminar',
    },
    actionRunning: {
      add: 'Añadiendo…',
      enable: 'Activando…',
      authorize: 'Autorizando…',
      authorizeToken: 'Autorizando…',
      validate: 'Probando…',
      disable: 'Desactivando…',
      reauthorize: 'Volviendo a autorizar…',
      disconnect: 'Desconectando…',
      delete: 'Eliminando…',
    },
    actionSucceeded: {
      add: 'Se añadió {name}.',
      enable: '{name} vuelve a estar activada.',
      authorize: '{name} está autorizada.',
      authorizeToken: '{name} está autorizada.',
      validate: 'Prueba terminada: {name} está ahora «{status}».',
      disable: '{name} está desactivada.',
      reauthorize: '{name} se volvió a autorizar.',
      disconnect: '{name} se desconectó.',
      delete: 'Se eliminó {name}.',
    },
    actionFailed: 'No se pudo completar «{action}»: {reason}',
    oauthWaiting: 'Termina de iniciar sesión en la ventana que se abrió.',
    oauthConfirming: 'Terminando la autorización…',
    oauthDenied: 'El proveedor no concedió el acceso ({reason}).',
    errorNetwork:
      'No se pudo contactar con el servicio. Comprueba tu conexión a internet y vuelve a intentarlo.',
    errorSessionExpired: 'Tu sesión ha caducado. Recarga la página para volver a iniciar sesión.',
    errorServer: 'El servicio tuvo un problema ({reason}). Vuelve a intentarlo en un momento.',
    errorUnknown: 'Algo salió mal. Vuelve a intentarlo.',
    deleteConfirmTitle: '¿Eliminar {name}?',
    deleteConfirmDescription: 'Se eliminarán sus ajustes.',
    deleteConfirm: 'Eliminar',
    cancel: 'Cancelar',
    settingsTitle: 'Ajustes',
    resourceDefaultsTitle: 'Valores predeterminados de {resource}',
    importTitle: 'Importar credenciales',
    importToggle: 'Importar credenciales existentes',
  },
  nl: {
    title: 'Integraties',
    loading: 'Integraties laden…',
    searchLabel: 'Integraties zoeken',
    searchPlaceholder: 'Zoeken op naam, omschrijving of categorie',
    apiFilterLabel: 'Categorie',
    apiFilterAll: 'Alle categorieën',
    statusFilterLabel: 'Status',
    statusFilterAll: 'Alle statussen',
    statusFilterConnected: 'Verbonden',
    statusFilterAttention: 'Actie nodig',
    statusFilterDisabled: 'Uitgeschakeld',
    statusFilterNotConnected: 'Niet verbonden',
    countOne: '{count} integratie',
    countOther: '{count} integraties',
    countFiltered: '{count} van {total} integraties',
    emptyTitle: 'Nog geen integraties',
    emptyDescription:
      'Er zijn geen integraties beschikbaar voor je account. Kom later terug of neem contact op met je beheerder.',
    noResultsTitle: 'Geen integraties gevonden voor je zoekopdracht',
    noResultsDescription:
      'Probeer een andere zoekterm, of wis de filters om alle integraties te zien.',
    clearFilters: 'Filters wissen',
    errorTitle: 'Integraties konden niet worden geladen',
    retry: 'Opnieuw proberen',
    openConnection: '{name} openen',
    statusLabels: {
      pending_confirmation: 'Wacht op bevestiging',
      needs_configuration: 'Configuratie nodig',
      invalid: 'Ongeldige configuratie',
      not_connected: 'Niet verbonden',
      disabled: 'Uitgeschakeld',
      unauthorized: 'Niet geautoriseerd',
      input_required: 'Invoer vereist',
      connected: 'Verbonden',
      unknown: 'Onbekende status',
    },
    statusDescriptions: {
      pending_confirmation:
        'Toegang is verleend maar moet nog worden bevestigd; rond het inloggen af, of autoriseer opnieuw als het werd onderbroken.',
      needs_configuration:
        'Deze integratie is nog niet ingesteld door de applicatie; vraag de beheerder om haar te configureren voordat je verbinding maakt.',
      invalid:
        'De opgeslagen instellingen of inloggegevens zijn geweigerd; controleer de instellingen en autoriseer opnieuw.',
      not_connected:
        'Deze integratie is beschikbaar maar nog niet toegevoegd; voeg haar toe om verbinding te maken.',
      disabled:
        'Deze verbinding is uitgeschakeld en kan niet worden gebruikt; schakel haar in om haar weer te gebruiken.',
      unauthorized:
        'Deze integratie is toegevoegd maar heeft nog geen toegang tot je account; autoriseer haar om de verbinding af te ronden.',
      input_required:
        'Toegang is verleend maar er ontbreken nog verplichte instellingen; vul ze in om de verbinding af te ronden.',
      connected: 'Deze verbinding is ingesteld en klaar voor gebruik.',
      unknown:
        'De status van deze verbinding kon niet worden bepaald; vernieuw de pagina en neem contact op met support als dat zo blijft.',
    },
    unifiedApiNames: {
      accounting: 'Boekhouding',
      ats: 'Werving (ATS)',
      crm: 'CRM',
      ecommerce: 'E-commerce',
      'file-storage': 'Bestandsopslag',
      hris: 'HR (HRIS)',
      'issue-tracking': 'Issuetracking',
      lead: 'Leads',
      pos: 'Kassasystemen',
      sms: 'Sms',
      'team-messaging': 'Teamberichten',
    },
    close: 'Sluiten',
    website: 'Website',
    guide: 'Handleiding voor verbinden',
    opensInNewTab: '(opent in een nieuw tabblad)',
    actionsLabel: 'Acties',
    actionLabels: {
      add: 'Integratie toevoegen',
      enable: 'Inschakelen',
      authorize: 'Autoriseren',
      authorizeToken: 'Autoriseren',
      import: 'Inloggegevens importeren',
      editSettings: 'Instellingen bewerken',
      editResourceDefaults: 'Standaardwaarden bewerken',
      validate: 'Verbinding testen',
      disable: 'Uitschakelen',
      reauthorize: 'Opnieuw autoriseren',
      disconnect: 'Verbinding verbreken',
      delete: 'Verwijderen',
    },
    actionRunning: {
      add: 'Toevoegen…',
      enable: 'Inschakelen…',
      authorize: 'Autoriseren…',
      authorizeToken: 'Autoriseren…',
      validate: 'Testen…',
      disable: 'Uitschakelen…',
      reauthorize: 'Opnieuw autoriseren…',
      disconnect: 'Verbinding verbreken…',
      delete: 'Verwijderen…',
    },
    actionSucceeded: {
      add: '{name} is toegevoegd.',
      enable: '{name} is weer ingeschakeld.',
      authorize: '{name} is geautoriseerd.',
      authorizeToken: '{name} is geautoriseerd.',
      validate: 'Test afgerond: {name} is nu ‘{status}’.',
      disable: '{name} is uitgeschakeld.',
      reauthorize: '{name} is opnieuw geautoriseerd.',
      disconnect: 'De verbinding met {name} is verbroken.',
      delete: '{name} is verwijderd.',
    },
    actionFailed: '{action} mislukt: {reason}',
    oauthWaiting: 'Rond het inloggen af in het venster dat is geopend.',
    oauthConfirming: 'Autorisatie afronden…',
    oauthDenied: 'De aanbieder heeft geen toegang verleend ({reason}).',
    errorNetwork:
      'De dienst is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    errorSessionExpired: 'Je sessie is verlopen. Laad de pagina opnieuw om opnieuw in te loggen.',
    errorServer: 'Er ging iets mis bij de dienst ({reason}). Probeer het zo meteen opnieuw.',
    errorUnknown: 'Er ging iets mis. Probeer het opnieuw.',
    deleteConfirmTitle: '{name} verwijderen?',
    deleteConfirmDescription: 'Hiermee worden de instellingen verwijderd.',
    deleteConfirm: 'Verwijderen',
    cancel: 'Annuleren',
    settingsTitle: 'Instellingen',
    resourceDefaultsTitle: 'Standaardwaarden voor {resource}',
    importTitle: 'Inloggegevens importeren',
    importToggle: 'Bestaande inloggegevens importeren',
  },
};
