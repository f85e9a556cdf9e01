import type { SupportedLocale } from './locales';

/**
 * Strings of the generated forms and widgets. Owned by the forms part of the package: add keys
 * here (with all five languages) as widgets need them. `{name}` placeholders are filled by
 * `formatMessage`.
 */
export interface FormMessages {
  /** The submit button of a settings form. */
  save: string;
  /** The submit button while a save is running. */
  saving: string;
  /** Announced politely after a successful save. */
  saved: string;
  /** An API refusal without a more precise message; `{reason}` is the API's own sentence. */
  saveFailed: string;
  /** Read by screen readers for a required group of choices (the asterisk is hidden from them). */
  required: string;

  /** Accessible name of a connection's settings form: `{name}` is the connector's name. */
  settingsTitle: string;
  /** Shown instead of fields when a connector has no settings. */
  noSettings: string;
  /** A resource form while `GET …/{resource}/config` loads: `{resource}` is its readable name. */
  resourceLoading: string;
  /** The resource's settings could not be loaded; the form falls back to the saved defaults. */
  resourceLoadFailed: string;
  /** Shown instead of fields when a resource has no defaults. */
  noResourceDefaults: string;

  /** The empty first choice of a select. */
  selectPlaceholder: string;
  /** A stored value that is no longer among a select's options: `{value}`. */
  unavailableOption: string;
  /** Guidance under a select that also accepts typed values. */
  customValueHint: string;
  /** A filtered select waits for its dependency: `{dependency}` is that field's label. */
  dependencyMissing: string;
  /** The dependency has a value that offers no options: `{dependency}`. */
  noOptionsForDependency: string;
  /** Accessible name of the input that adds a value to a multi-select: `{label}`. */
  addValueLabel: string;
  /** The button that adds a typed value to a multi-select. */
  addValue: string;
  /** Accessible name of a chip's remove button: `{value}`. */
  removeValue: string;
  /** A multi-select that accepts typed values has none yet. */
  noValuesChosen: string;
  /** Accessible name of the reveal toggle of a secret: `{label}` (pressed while revealed). */
  showSecret: string;
  /** Visible text of the copy button. */
  copy: string;
  /** Accessible name of the copy button: `{label}`. */
  copyLabel: string;
  /** Announced after a copy. */
  copied: string;
  /** Announced when the clipboard refused. */
  copyFailed: string;
  /** Read after a link that opens in a new tab. */
  opensInNewTab: string;
  /** Under a date-and-time field: `{timeZone}` is the user's time zone. */
  timeZone: string;
  /** Under a location field. */
  locationHint: string;

  /** The API could not be reached (offline, DNS, refused). */
  errorNetwork: string;
  /** The API did not answer in time. */
  errorTimeout: string;
  /** 401: the session expired. */
  errorSessionExpired: string;
  /** 402: a plan or request limit was reached. */
  errorLimit: string;
  /** 403: the user may not make this change. */
  errorForbidden: string;
  /** 404: the connection no longer exists. */
  errorNotFound: string;
  /** 409: changed elsewhere. */
  errorConflict: string;
  /** 400/422 naming fields: they are highlighted. */
  errorFieldsRejected: string;
  /** 429: too many requests. */
  errorRateLimited: string;
  /** 5XX: a problem on the service's side. */
  errorServer: string;
  /** The answer was not in the documented shape. */
  errorUnexpectedAnswer: string;
  /** Anything else. */
  errorUnknown: string;

  /** A required field is empty. */
  validationRequired: string;
  /** A required checkbox is not checked. */
  validationMustBeChecked: string;
  /** A checkbox holds something other than on or off. */
  validationInvalidBoolean: string;
  /** Not an email address. */
  validationInvalidEmail: string;
  /** Not an absolute http(s) address. */
  validationInvalidUrl: string;
  /** The user typed the prefix or suffix shown around the box. */
  validationUrlAffixRepeated: string;
  /** Not a number. */
  validationInvalidNumber: string;
  /** Not one of the options. */
  validationInvalidOption: string;
  /** A filtered select has a value while its dependency has none. */
  validationDependencyMissing: string;
  /** A value the widget cannot hold. */
  validationInvalidType: string;
  /** Seconds must be a whole, non-negative number. */
  validationWholeSeconds: string;

  /** Accessible name and heading of the import form: `{name}` is the connector's name. */
  importTitle: string;
  /** The access token field. */
  accessToken: string;
  /** The refresh token field. */
  refreshToken: string;
  /** The lifetime field. */
  expiresIn: string;
  /** The unit shown after the lifetime field. */
  seconds: string;
  /** Under the lifetime field. */
  expiresInDescription: string;
  /** The issue time field. */
  issuedAt: string;
  /** Under the issue time field. */
  issuedAtDescription: string;
  /** The import form's submit button. */
  importSubmit: string;
  /** The import button while importing. */
  importing: string;
  /** Announced after a successful import. */
  imported: string;
}

export const formMessages: Record<SupportedLocale, FormMessages> = {
  en: {
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved',
    saveFailed: 'Could not save: {reason}',
    required: 'Required',
    settingsTitle: '{name} settings',
    noSettings: 'This integration has no settings to fill in.',
    resourceLoading: 'Loading {resource} settings…',
    resourceLoadFailed:
      'The latest {resource} settings could not be loaded. You are seeing the saved defaults.',
    noResourceDefaults: 'There are no defaults to set for {resource}.',
    selectPlaceholder: 'Choose…',
    unavailableOption: '{value} (no longer available)',
    customValueHint: 'Choose an option or type your own value.',
    dependencyMissing: 'Choose {dependency} first.',
    noOptionsForDependency: 'There are no options for the chosen {dependency}.',
    addValueLabel: 'Add to {label}',
    addValue: 'Add',
    removeValue: 'Remove {value}',
    noValuesChosen: 'Nothing added yet.',
    showSecret: 'Show {label}',
    copy: 'Copy',
    copyLabel: 'Copy {label}',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    opensInNewTab: '(opens in a new tab)',
    timeZone: 'Time zone: {timeZone}',
    locationHint: 'Enter an address or a place name.',
    errorNetwork:
      'The integrations service could not be reached. Check your internet connection and try again.',
    errorTimeout: 'The integrations service took too long to answer. Try again in a moment.',
    errorSessionExpired: 'Your session has expired. Reload the page to sign in again.',
    errorLimit: 'Your plan’s usage limit has been reached. Contact your administrator.',
    errorForbidden: 'You are not allowed to make this change.',
    errorNotFound:
      'This integration could not be found. It may have been removed; reload the page.',
    errorConflict:
      'These settings were changed somewhere else. Reload the page to see the latest version.',
    errorFieldsRejected: 'Some values were not accepted. Check the highlighted fields.',
    errorRateLimited: 'Too many changes in a short time. Wait a moment and try again.',
    errorServer:
      'The integrations service ran into a problem and nothing was saved. Try again in a moment.',
    errorUnexpectedAnswer:
      'The integrations service sent an answer we did not understand. Reload the page to check what was saved.',
    errorUnknown: 'Something went wrong and nothing was saved. Try again.',
    validationRequired: 'This field is required.',
    validationMustBeChecked: 'Check this box to continue.',
    validationInvalidBoolean: 'Choose on or off.',
    validationInvalidEmail: 'Enter an email address, like name@example.com.',
    validationInvalidUrl: 'Enter a web address that starts with https:// or http://.',
    validationUrlAffixRepeated:
      'Enter only the part of the address between the text shown before and after the box.',
    validationInvalidNumber: 'Enter a number.',
    validationInvalidOption: 'Choose one of the options.',
    validationDependencyMissing: 'Choose a value in the field this one depends on first.',
    validationInvalidType: 'This value is not valid.',
    validationWholeSeconds: 'Enter a whole number of seconds, like 3600.',
    importTitle: 'Import {name} credentials',
    accessToken: 'Access token',
    refreshToken: 'Refresh token',
    expiresIn: 'Expires in',
    seconds: 'seconds',
    expiresInDescription:
      'How long the access token stays valid. Leave it empty if you do not know: the token is then refreshed.',
    issuedAt: 'Issued at',
    issuedAtDescription: 'When the access token was issued.',
    importSubmit: 'Import',
    importing: 'Importing…',
    imported: 'Credentials imported',
  },
  de: {
    save: 'Speichern',
    saving: 'Wird gespeichert…',
    saved: 'Gespeichert',
    saveFailed: 'Speichern fehlgeschlagen: {reason}',
    required: 'Pflichtfeld',
    settingsTitle: 'Einstellungen für {name}',
    noSettings: 'Für diese Integration gibt es nichts einzustellen.',
    resourceLoading: 'Einstellungen für {resource} werden geladen…',
    resourceLoadFailed:
      'Die aktuellen Einstellungen für {resource} konnten nicht geladen werden. Angezeigt werden die gespeicherten Standardwerte.',
    noResourceDefaults: 'Für {resource} gibt es keine Standardwerte.',
    selectPlaceholder: 'Bitte wählen…',
    unavailableOption: '{value} (nicht mehr verfügbar)',
    customValueHint: 'Wählen Sie eine Option oder geben Sie einen eigenen Wert ein.',
    dependencyMissing: 'Wählen Sie zuerst {dependency}.',
    noOptionsForDependency: 'Für die gewählte Angabe unter {dependency} gibt es keine Optionen.',
    addValueLabel: 'Zu {label} hinzufügen',
    addValue: 'Hinzufügen',
    removeValue: '{value} entfernen',
    noValuesChosen: 'Noch nichts hinzugefügt.',
    showSecret: '{label} anzeigen',
    copy: 'Kopieren',
    copyLabel: '{label} kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    timeZone: 'Zeitzone: {timeZone}',
    locationHint: 'Geben Sie eine Adresse oder einen Ortsnamen ein.',
    errorNetwork:
      'Der Integrationsdienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    errorTimeout:
      'Der Integrationsdienst hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.',
    errorSessionExpired:
      'Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu, um sich erneut anzumelden.',
    errorLimit:
      'Das Nutzungslimit Ihres Tarifs ist erreicht. Wenden Sie sich an Ihre Administration.',
    errorForbidden: 'Sie dürfen diese Änderung nicht vornehmen.',
    errorNotFound:
      'Diese Integration wurde nicht gefunden. Sie wurde möglicherweise entfernt; laden Sie die Seite neu.',
    errorConflict:
      'Diese Einstellungen wurden an anderer Stelle geändert. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.',
    errorFieldsRejected: 'Einige Werte wurden nicht angenommen. Prüfen Sie die markierten Felder.',
    errorRateLimited:
      'Zu viele Änderungen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.',
    errorServer:
      'Beim Integrationsdienst ist ein Problem aufgetreten; es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.',
    errorUnexpectedAnswer:
      'Der Integrationsdienst hat eine unerwartete Antwort gesendet. Laden Sie die Seite neu, um zu prüfen, was gespeichert wurde.',
    errorUnknown: 'Etwas ist schiefgelaufen; es wurde nichts gespeichert. Versuchen Sie es erneut.',
    validationRequired: 'Dieses Feld ist erforderlich.',
    validationMustBeChecked: 'Aktivieren Sie dieses Kästchen, um fortzufahren.',
    validationInvalidBoolean: 'Wählen Sie ein oder aus.',
    validationInvalidEmail: 'Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.',
    validationInvalidUrl: 'Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.',
    validationUrlAffixRepeated:
      'Geben Sie nur den Teil der Adresse ein, der zwischen dem Text vor und nach dem Feld steht.',
    validationInvalidNumber: 'Geben Sie eine Zahl ein.',
    validationInvalidOption: 'Wählen Sie eine der Optionen.',
    validationDependencyMissing:
      'Wählen Sie zuerst einen Wert in dem Feld, von dem dieses abhängt.',
    validationInvalidType: 'Dieser Wert ist ungültig.',
    validationWholeSeconds: 'Geben Sie eine ganze Zahl von Sekunden ein, z. B. 3600.',
    importTitle: 'Zugangsdaten für {name} importieren',
    accessToken: 'Zugriffstoken',
    refreshToken: 'Aktualisierungstoken',
    expiresIn: 'Läuft ab in',
    seconds: 'Sekunden',
    expiresInDescription:
      'Wie lange das Zugriffstoken gültig ist. Lassen Sie das Feld leer, wenn Sie es nicht wissen: Das Token wird dann erneuert.',
    issuedAt: 'Ausgestellt am',
    issuedAtDescription: 'Wann das Zugriffstoken ausgestellt wurde.',
    importSubmit: 'Importieren',
    importing: 'Wird importiert…',
    imported: 'Zugangsdaten importiert',
  },
  fr: {
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    saveFailed: 'Échec de l’enregistrement : {reason}',
    required: 'Obligatoire',
    settingsTitle: 'Paramètres de {name}',
    noSettings: 'Cette intégration n’a aucun paramètre à renseigner.',
    resourceLoading: 'Chargement des paramètres de {resource}…',
    resourceLoadFailed:
      'Impossible de charger les derniers paramètres de {resource}. Les valeurs par défaut enregistrées sont affichées.',
    noResourceDefaults: 'Aucune valeur par défaut à définir pour {resource}.',
    selectPlaceholder: 'Choisir…',
    unavailableOption: '{value} (n’est plus disponible)',
    customValueHint: 'Choisissez une option ou saisissez votre propre valeur.',
    dependencyMissing: 'Choisissez d’abord {dependency}.',
    noOptionsForDependency: 'Aucune option n’est disponible pour ce choix de {dependency}.',
    addValueLabel: 'Ajouter à {label}',
    addValue: 'Ajouter',
    removeValue: 'Retirer {value}',
    noValuesChosen: 'Rien n’a encore été ajouté.',
    showSecret: 'Afficher {label}',
    copy: 'Copier',
    copyLabel: 'Copier {label}',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    timeZone: 'Fuseau horaire : {timeZone}',
    locationHint: 'Saisissez une adresse ou un nom de lieu.',
    errorNetwork:
      'Le service d’intégrations est injoignable. Vérifiez votre connexion Internet et réessayez.',
    errorTimeout:
      'Le service d’intégrations a mis trop de temps à répondre. Réessayez dans un instant.',
    errorSessionExpired: 'Votre session a expiré. Rechargez la page pour vous reconnecter.',
    errorLimit:
      'La limite d’utilisation de votre offre est atteinte. Contactez votre administrateur.',
    errorForbidden: 'Vous n’êtes pas autorisé à effectuer cette modification.',
    errorNotFound:
      'Cette intégration est introuvable. Elle a peut-être été supprimée ; rechargez la page.',
    errorConflict:
      'Ces paramètres ont été modifiés ailleurs. Rechargez la page pour voir la dernière version.',
    errorFieldsRejected: 'Certaines valeurs n’ont pas été acceptées. Vérifiez les champs signalés.',
    errorRateLimited: 'Trop de modifications en peu de temps. Patientez un instant et réessayez.',
    errorServer:
      'Le service d’intégrations a rencontré un problème et rien n’a été enregistré. Réessayez dans un instant.',
    errorUnexpectedAnswer:
      'Le service d’intégrations a envoyé une réponse inattendue. Rechargez la page pour vérifier ce qui a été enregistré.',
    errorUnknown: 'Une erreur s’est produite et rien n’a été enregistré. Réessayez.',
    validationRequired: 'Ce champ est obligatoire.',
    validationMustBeChecked: 'Cochez cette case pour continuer.',
    validationInvalidBoolean: 'Choisissez activé ou désactivé.',
    validationInvalidEmail: 'Saisissez une adresse e-mail, par exemple nom@example.com.',
    validationInvalidUrl: 'Saisissez une adresse web commençant par https:// ou http://.',
    validationUrlAffixRepeated:
      'Saisissez uniquement la partie de l’adresse située entre le texte affiché avant et après le champ.',
    validationInvalidNumber: 'Saisissez un nombre.',
    validationInvalidOption: 'Choisissez l’une des options.',
    validationDependencyMissing:
      'Choisissez d’abord une valeur dans le champ dont celui-ci dépend.',
    validationInvalidType: 'Cette valeur n’est pas valide.',
    validationWholeSeconds: 'Saisissez un nombre entier de secondes, par exemple 3600.',
    importTitle: 'Importer les identifiants {name}',
    accessToken: 'Jeton d’accès',
    refreshToken: 'Jeton d’actualisation',
    expiresIn: 'Expire dans',
    seconds: 'secondes',
    expiresInDescription:
      'Durée de validité du jeton d’accès. Laissez vide si vous ne la connaissez pas : le jeton sera alors actualisé.',
    issuedAt: 'Émis le',
    issuedAtDescription: 'Date et heure d’émission du jeton d’accès.',
    importSubmit: 'Importer',
    importing: 'Importation…',
    imported: 'Identifiants importés',
  },
  es: {
    save: 'Guardar',
    saving: 'Guardando…',
    saved: 'Guardado',
    saveFailed: 'No se pudo guardar: {reason}',
    required: 'Obligatorio',
    settingsTitle: 'Configuración de {name}',
    noSettings: 'Esta integración no tiene ajustes que completar.',
    resourceLoading: 'Cargando la configuración de {resource}…',
    resourceLoadFailed:
      'No se pudo cargar la configuración más reciente de {resource}. Se muestran los valores predeterminados guardados.',
    noResourceDefaults: 'No hay valores predeterminados que definir para {resource}.',
    selectPlaceholder: 'Elegir…',
    unavailableOption: '{value} (ya no está disponible)',
    customValueHint: 'Elige una opción o escribe tu propio valor.',
    dependencyMissing: 'Elige primero {dependency}.',
    noOptionsForDependency: 'No hay opciones para el valor elegido en {dependency}.',
    addValueLabel: 'Añadir a {label}',
    addValue: 'Añadir',
    removeValue: 'Quitar {value}',
    noValuesChosen: 'Todavía no has añadido nada.',
    showSecret: 'Mostrar {label}',
    copy: 'Copiar',
    copyLabel: 'Copiar {label}',
    copied: 'Copiado al portapapeles.',
    copyFailed: 'No se pudo copiar. Selecciona el texto y cópialo manualmente.',
    opensInNewTab: '(se abre en una pestaña nueva)',
    timeZone: 'Zona horaria: {timeZone}',
    locationHint: 'Escribe una dirección o el nombre de un lugar.',
    errorNetwork:
      'No se pudo contactar con el servicio de integraciones. Comprueba tu conexión a Internet y vuelve a intentarlo.',
    errorTimeout:
      'El servicio de integraciones tardó demasiado en responder. Vuelve a intentarlo en un momento.',
    errorSessionExpired: 'Tu sesión ha caducado. Recarga la página para volver a iniciar sesión.',
    errorLimit: 'Se ha alcanzado el límite de uso de tu plan. Contacta con tu administrador.',
    errorForbidden: 'No tienes permiso para hacer este cambio.',
    errorNotFound:
      'No se encontró esta integración. Puede que se haya eliminado; recarga la página.',
    errorConflict:
      'Esta configuración se cambió en otro lugar. Recarga la página para ver la versión más reciente.',
    errorFieldsRejected: 'Algunos valores no se aceptaron. Revisa los campos marcados.',
    errorRateLimited: 'Demasiados cambios en poco tiempo. Espera un momento y vuelve a intentarlo.',
    errorServer:
      'El servicio de integraciones tuvo un problema y no se guardó nada. Vuelve a intentarlo en un momento.',
    errorUnexpectedAnswer:
      'El servicio de integraciones envió una respuesta inesperada. Recarga la página para comprobar qué se guardó.',
    errorUnknown: 'Algo salió mal y no se guardó nada. Vuelve a intentarlo.',
    validationRequired: 'Este campo es obligatorio.',
    validationMustBeChecked: 'Marca esta casilla para continuar.',
    validationInvalidBoolean: 'Elige activado o desactivado.',
    validationInvalidEmail: 'Escribe una dirección de correo, como nombre@example.com.',
    validationInvalidUrl: 'Escribe una dirección web que empiece por https:// o http://.',
    validationUrlAffixRepeated:
      'Escribe solo la parte de la dirección que va entre el texto mostrado antes y después del campo.',
    validationInvalidNumber: 'Escribe un número.',
    validationInvalidOption: 'Elige una de las opciones.',
    validationDependencyMissing: 'Elige primero un valor en el campo del que depende este.',
    validationInvalidType: 'Este valor no es válido.',
    validationWholeSeconds: 'Escribe un número entero de segundos, como 3600.',
    importTitle: 'Importar credenciales de {name}',
    accessToken: 'Token de acceso',
    refreshToken: 'Token de actualización',
    expiresIn: 'Caduca en',
    seconds: 'segundos',
    expiresInDescription:
      'Cuánto tiempo es válido el token de acceso. Déjalo vacío si no lo sabes: el token se actualizará.',
    issuedAt: 'Emitido el',
    issuedAtDescription: 'Cuándo se emitió el token de acceso.',
    importSubmit: 'Importar',
    importing: 'Importando…',
    imported: 'Credenciales importadas',
  },
  nl: {
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen',
    saveFailed: 'Opslaan mislukt: {reason}',
    required: 'Verplicht',
    settingsTitle: 'Instellingen van {name}',
    noSettings: 'Voor deze integratie valt niets in te stellen.',
    resourceLoading: 'Instellingen voor {resource} laden…',
    resourceLoadFailed:
      'De nieuwste instellingen voor {resource} konden niet worden geladen. U ziet de opgeslagen standaardwaarden.',
    noResourceDefaults: 'Er zijn geen standaardwaarden in te stellen voor {resource}.',
    selectPlaceholder: 'Kies…',
    unavailableOption: '{value} (niet meer beschikbaar)',
    customValueHint: 'Kies een optie of typ een eigen waarde.',
    dependencyMissing: 'Kies eerst {dependency}.',
    noOptionsForDependency: 'Er zijn geen opties voor de gekozen waarde van {dependency}.',
    addValueLabel: 'Toevoegen aan {label}',
    addValue: 'Toevoegen',
    removeValue: '{value} verwijderen',
    noValuesChosen: 'Nog niets toegevoegd.',
    showSecret: '{label} tonen',
    copy: 'Kopiëren',
    copyLabel: '{label} kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer die zelf.',
    opensInNewTab: '(opent in een nieuw tabblad)',
    timeZone: 'Tijdzone: {timeZone}',
    locationHint: 'Voer een adres of plaatsnaam in.',
    errorNetwork:
      'De integratiedienst is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.',
    errorTimeout: 'De integratiedienst reageerde niet op tijd. Probeer het zo opnieuw.',
    errorSessionExpired: 'Uw sessie is verlopen. Laad de pagina opnieuw om weer in te loggen.',
    errorLimit: 'De gebruikslimiet van uw abonnement is bereikt. Neem contact op met uw beheerder.',
    errorForbidden: 'U mag deze wijziging niet aanbrengen.',
    errorNotFound:
      'Deze integratie is niet gevonden. Mogelijk is ze verwijderd; laad de pagina opnieuw.',
    errorConflict:
      'Deze instellingen zijn ergens anders gewijzigd. Laad de pagina opnieuw om de nieuwste versie te zien.',
    errorFieldsRejected:
      'Sommige waarden zijn niet geaccepteerd. Controleer de gemarkeerde velden.',
    errorRateLimited: 'Te veel wijzigingen in korte tijd. Wacht even en probeer het opnieuw.',
    errorServer:
      'De integratiedienst had een probleem en er is niets opgeslagen. Probeer het zo opnieuw.',
    errorUnexpectedAnswer:
      'De integratiedienst gaf een onverwacht antwoord. Laad de pagina opnieuw om te controleren wat er is opgeslagen.',
    errorUnknown: 'Er ging iets mis en er is niets opgeslagen. Probeer het opnieuw.',
    validationRequired: 'Dit veld is verplicht.',
    validationMustBeChecked: 'Vink dit vakje aan om verder te gaan.',
    validationInvalidBoolean: 'Kies aan of uit.',
    validationInvalidEmail: 'Voer een e-mailadres in, zoals naam@example.com.',
    validationInvalidUrl: 'Voer een webadres in dat begint met https:// of http://.',
    validationUrlAffixRepeated:
      'Voer alleen het deel van het adres in tussen de tekst voor en na het veld.',
    validationInvalidNumber: 'Voer een getal in.',
    validationInvalidOption: 'Kies een van de opties.',
    validationDependencyMissing: 'Kies eerst een waarde in het veld waarvan dit veld afhangt.',
    validationInvalidType: 'Deze waarde is ongeldig.',
    validationWholeSeconds: 'Voer een geheel aantal seconden in, zoals 3600.',
    importTitle: 'Inloggegevens van {name} importeren',
    accessToken: 'Toegangstoken',
    refreshToken: 'Vernieuwingstoken',
    expiresIn: 'Verloopt over',
    seconds: 'seconden',
    expiresInDescription:
      'Hoe lang het toegangstoken geldig is. Laat leeg als u het niet weet: het token wordt dan vernieuwd.',
    issuedAt: 'Uitgegeven op',
    issuedAtDescription: 'Wanneer het toegangstoken is uitgegeven.',
    importSubmit: 'Importeren',
    importing: 'Bezig met importeren…',
    imported: 'Inloggegevens geïmporteerd',
  },
};
