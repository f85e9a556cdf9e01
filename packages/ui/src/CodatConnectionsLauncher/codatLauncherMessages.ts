import type { CodatLauncherErrorReason } from '@plugboard/react';
import { type SupportedLocale, supportedLocaleFor } from '../messages/locales';

/**
 * Strings of `CodatConnectionsLauncher`, in every shipped language. `{id}` is filled by
 * `formatMessage`. They live beside the launcher so it needs nothing from the page's messages.
 */
export interface CodatLauncherMessages {
  /** The button that opens the launcher. */
  buttonLabel: string;
  /** The dialog's title. */
  title: string;
  close: string;
  /** Announced while the app's backend issues a Codat access token. */
  fetchingToken: string;
  /** Announced while Codat's SDK loads. */
  loadingSdk: string;
  errorTitle: string;
  /** What each failure means for the user. */
  errorDescriptions: Record<CodatLauncherErrorReason, string>;
  /** Codat's id of the failed request: `{id}`. */
  correlationId: string;
  /** Summary of the developer-facing message. */
  technicalDetails: string;
  retry: string;
}

const en: CodatLauncherMessages = {
  buttonLabel: 'Manage connections',
  title: 'Connections',
  close: 'Close',
  fetchingToken: 'Preparing a secure session…',
  loadingSdk: 'Loading your connections…',
  errorTitle: 'Connections could not be opened',
  errorDescriptions: {
    token: 'A secure session with Codat could not be started. Try again in a moment.',
    'sdk-load':
      'Codat’s connection manager could not be loaded. Check your internet connection and try again; if it keeps failing, the site’s security settings may be blocking it.',
    sdk: 'Codat reported a problem and closed the connection manager.',
    iframe:
      'The connection manager cannot run inside an embedded frame. Open this page in its own tab.',
    container: 'The connection manager had nowhere to open. This is a problem with this page.',
  },
  correlationId: 'Correlation ID: {id}',
  technicalDetails: 'Technical details',
  retry: 'Try again',
};

const de: CodatLauncherMessages = {
  buttonLabel: 'Verbindungen verwalten',
  title: 'Verbindungen',
  close: 'Schließen',
  fetchingToken: 'Sichere Sitzung wird vorbereitet…',
  loadingSdk: 'Ihre Verbindungen werden geladen…',
  errorTitle: 'Verbindungen konnten nicht geöffnet werden',
  errorDescriptions: {
    token:
      'Es konnte keine sichere Sitzung mit Codat gestartet werden. Versuchen Sie es gleich noch einmal.',
    'sdk-load':
      'Die Verbindungsverwaltung von Codat konnte nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut; schlägt es weiter fehl, blockieren womöglich die Sicherheitseinstellungen der Website das Laden.',
    sdk: 'Codat hat ein Problem gemeldet und die Verbindungsverwaltung geschlossen.',
    iframe:
      'Die Verbindungsverwaltung kann nicht in einem eingebetteten Frame laufen. Öffnen Sie diese Seite in einem eigenen Tab.',
    container:
      'Die Verbindungsverwaltung konnte nicht angezeigt werden. Das liegt an dieser Seite.',
  },
  correlationId: 'Korrelations-ID: {id}',
  technicalDetails: 'Technische Details',
  retry: 'Erneut versuchen',
};

const fr: CodatLauncherMessages = {
  buttonLabel: 'Gérer les connexions',
  title: 'Connexions',
  close: 'Fermer',
  fetchingToken: 'Préparation d’une session sécurisée…',
  loadingSdk: 'Chargement de vos connexions…',
  errorTitle: 'Impossible d’ouvrir les connexions',
  errorDescriptions: {
    token: 'Impossible de démarrer une session sécurisée avec Codat. Réessayez dans un instant.',
    'sdk-load':
      'Le gestionnaire de connexions de Codat n’a pas pu être chargé. Vérifiez votre connexion Internet et réessayez ; si le problème persiste, les paramètres de sécurité du site le bloquent peut-être.',
    sdk: 'Codat a signalé un problème et a fermé le gestionnaire de connexions.',
    iframe:
      'Le gestionnaire de connexions ne peut pas fonctionner dans un cadre intégré. Ouvrez cette page dans son propre onglet.',
    container:
      'Le gestionnaire de connexions n’a pas pu s’afficher. Le problème vient de cette page.',
  },
  correlationId: 'Identifiant de corrélation : {id}',
  technicalDetails: 'Détails techniques',
  retry: 'Réessayer',
};

const es: CodatLauncherMessages = {
  buttonLabel: 'Gestionar conexiones',
  title: 'Conexiones',
  close: 'Cerrar',
  fetchingToken: 'Preparando una sesión segura…',
  loadingSdk: 'Cargando tus conexiones…',
  errorTitle: 'No se pudieron abrir las conexiones',
  errorDescriptions: {
    token: 'No se pudo iniciar una sesión segura con Codat. Vuelve a intentarlo en un momento.',
    'sdk-load':
      'No se pudo cargar el gestor de conexiones de Codat. Comprueba tu conexión a internet y vuelve a intentarlo; si sigue fallando, es posible que la configuración de seguridad del sitio lo esté bloqueando.',
    sdk: 'Codat informó de un problema y cerró el gestor de conexiones.',
    iframe:
      'El gestor de conexiones no puede funcionar dentro de un marco incrustado. Abre esta página en su propia pestaña.',
    container: 'El gestor de conexiones no tenía dónde abrirse. Es un problema de esta página.',
  },
  correlationId: 'ID de correlación: {id}',
  technicalDetails: 'Detalles técnicos',
  retry: 'Reintentar',
};

const nl: CodatLauncherMessages = {
  buttonLabel: 'Verbindingen beheren',
  title: 'Verbindingen',
  close: 'Sluiten',
  fetchingToken: 'Beveiligde sessie voorbereiden…',
  loadingSdk: 'Je verbindingen laden…',
  errorTitle: 'Verbindingen konden niet worden geopend',
  errorDescriptions: {
    token: 'Er kon geen beveiligde sessie met Codat worden gestart. Probeer het zo opnieuw.',
    'sdk-load':
      'Het verbindingsbeheer van Codat kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw; blijft het mislukken, dan blokkeren de beveiligingsinstellingen van de site het mogelijk.',
    sdk: 'Codat heeft een probleem gemeld en het verbindingsbeheer gesloten.',
    iframe:
      'Het verbindingsbeheer werkt niet in een ingesloten frame. Open deze pagina in een eigen tabblad.',
    container:
      'Het verbindingsbeheer kon nergens worden geopend. Dit is een probleem met deze pagina.',
  },
  correlationId: 'Correlatie-ID: {id}',
  technicalDetails: 'Technische details',
  retry: 'Opnieuw proberen',
};

/** The launcher's strings in every shipped language (a few hundred bytes each). */
export const codatLauncherMessages: Record<SupportedLocale, CodatLauncherMessages> = {
  en,
  de,
  fr,
  es,
  nl,
};

/** The launcher's strings for `locale`: the closest shipped language, English otherwise. */
export function codatLauncherMessagesFor(locale: string | undefined): CodatLauncherMessages {
  return codatLauncherMessages[supportedLocaleFor(locale)];
}
