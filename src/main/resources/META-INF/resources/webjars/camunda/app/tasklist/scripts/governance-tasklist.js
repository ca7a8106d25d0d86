// Tasklist for the networks' staff, loaded through customScripts in config.js. Camunda 7.24 Tasklist
// renders Camunda Forms with form-js 1.8.7, which has fixed English validation messages and no hook to
// translate them, and shows a refused completion as a toast over the form. This script
//  1. translates form-js's messages (and its few other English words) into German as they appear;
//  2. shows a refused completion (400 from a rule of the process application) right above the
//     „Abschließen“ button instead of the toast, and says why the button is grey;
//  3. says at the top of a group task that it has to be taken over first.
// Everything else about Tasklist stays as Camunda ships it.

const angular = window.angular;

// --- 1. form-js messages in German ---------------------------------------------------------------

const REQUIRED_BY_TYPE = [
  ['fjs-form-field-checkbox', 'Bitte bestätigen.'],
  ['fjs-form-field-checklist', 'Bitte mindestens eine Möglichkeit auswählen.'],
  ['fjs-form-field-taglist', 'Bitte mindestens eine Möglichkeit auswählen.'],
  ['fjs-form-field-radio', 'Bitte eine Möglichkeit auswählen.'],
  ['fjs-form-field-select', 'Bitte eine Möglichkeit auswählen.']
];

const MESSAGES = [
  [/^Field must be a valid email\.$/, () => 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Der Wert muss mindestens ${m[1]} sein.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Der Wert darf höchstens ${m[1]} sein.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Bitte mindestens ${m[1]} Zeichen eingeben.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Bitte höchstens ${m[1]} Zeichen eingeben.`],
  [/^Field must match pattern .*$/, () => 'Die Eingabe hat nicht das erwartete Format.'],
  [/^Field must be a valid\s+international phone number.*$/,
    () => 'Bitte eine gültige internationale Telefonnummer eingeben, z. B. +4930664040900.'],
  [/^Value is not a number\.$/, () => 'Bitte eine Zahl eingeben.'],
  [/^Value is expected to be an integer\.$/, () => 'Bitte eine ganze Zahl eingeben.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (m) => `Bitte höchstens ${m[1]} Nachkommastellen eingeben.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Bitte einen gültigen Wert eingeben; die nächsten gültigen Werte sind ${m[1]} und ${m[2]}.`],
  [/^Date and time must both be entered\.$/, () => 'Bitte Datum und Uhrzeit eingeben.'],
  [/^Nothing to show\.$/, () => 'Keine Einträge.']
];

const WORDS = {
  Select: 'Bitte auswählen',
  Search: 'Suchen',
  Increment: 'Erhöhen',
  Decrement: 'Verringern',
  'Previous page': 'Vorherige Seite',
  'Next page': 'Nächste Seite',
  'Skip to search': 'Zur Suche springen'
};

function germanMessage(english, element) {
  if (english === 'Field is required.') {
    const field = element.closest('.fjs-form-field');
    const byType = REQUIRED_BY_TYPE.find(([cls]) => field && field.classList.contains(cls));
    return byType ? byType[1] : 'Bitte ausfüllen.';
  }
  for (const [pattern, german] of MESSAGES) {
    const match = english.match(pattern);
    if (match) {
      return german(match);
    }
  }
  return null;
}

function translateText(node) {
  const element = node.parentElement;
  if (!element) {
    return;
  }
  const english = node.data.trim();
  let german = null;
  if (element.closest('.fjs-form-field-error')) {
    german = germanMessage(english, element);
  } else if (element.closest('.fjs-select-placeholder')) {
    german = WORDS[english] || null;
  } else if (element.closest('.fjs-form-field-table')) {
    german = germanMessage(english, element);
  }
  if (german && german !== node.data) {
    node.data = german;
  }
}

function translateAttributes(element) {
  for (const attribute of ['placeholder', 'aria-label']) {
    const value = element.getAttribute(attribute);
    if (value && WORDS[value]) {
      element.setAttribute(attribute, WORDS[value]);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || !(root.closest('.fjs-container') || root.querySelector('.fjs-container'))) {
    return;
  }
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [aria-label]').forEach(translateAttributes);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    translateText(node);
  }
}

// translating changes text again: the observer sees that, finds nothing English and stops
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateTree);
    } else if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else if (mutation.type === 'attributes' && mutation.target.closest('.fjs-container')) {
      translateAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder', 'aria-label']
});

// --- 2. and 3. refusals next to „Abschließen“, the claim hint at the top ----------------------------

// Tasklist's own signal for "the form stopped the submission": no toast, the buttons are released
const SUBMISSION_PREVENTED = 'camForm submission prevented';
const INVALID_FIELDS = 'Bitte korrigieren Sie zuerst die rot markierten Angaben im Formular.';

const CLAIM_HINT =
  '<div class="governance-claim-hint alert alert-info" role="status" ng-if="governanceClaimHint()">' +
  '<span class="glyphicon glyphicon-hand-up"></span> {{ governanceClaimHint() }}</div>';

const REFUSAL =
  '<div class="governance-refusal alert alert-danger" role="alert" ng-if="governance.refusal">' +
  '<span class="glyphicon glyphicon-exclamation-sign"></span> ' +
  '<strong>{{ params.taskId ? "Nicht abgeschlossen:" : "Nicht gestartet:" }}</strong> ' +
  '<span class="message">{{ governance.refusal }}</span></div>';

const COMPLETE_HINT =
  '<p class="governance-complete-hint help-block" ng-if="governanceCompleteHint()">{{ governanceCompleteHint() }}</p>';

function refusalMessage(err) {
  if (!err) {
    return null;
  }
  if (!(err instanceof Error) && typeof err === 'object' && !err.status) {
    // form-js found invalid fields (the map of its errors)
    return INVALID_FIELDS;
  }
  if (err.status === 400 && err.message) {
    return err.message;
  }
  return null;
}

function decorateForm($provide) {
  $provide.decorator('camTasklistFormDirective', [
    '$delegate',
    function($delegate) {
      const directive = $delegate[0];
      const actions = '<div class="form-actions"';
      if (directive.template.indexOf(actions) < 0) {
        // another Tasklist version: keep Camunda's behaviour rather than break the form
        console.warn('governance-tasklist: form template not recognised, refusals stay in the toast'); // eslint-disable-line
        return $delegate;
      }
      directive.template =
        CLAIM_HINT +
        directive.template
          .replace(actions, REFUSAL + actions)
          .replace(/(<div class="form-actions"[^>]*>)/, '$1' + COMPLETE_HINT);

      const camundaController = directive.controller;
      directive.controller = [
        '$scope',
        '$element',
        '$injector',
        '$timeout',
        function($scope, $element, $injector, $timeout) {
          $injector.invoke(camundaController, this, {$scope: $scope});

          $scope.governance = {refusal: null, invalidFields: false};
          $scope.$watch('tasklistForm', function() {
            $scope.governance.refusal = null;
          });

          // the hint about invalid fields goes as soon as they are corrected; a rule's refusal stays
          // until the next attempt, so that it can be read while correcting
          const notifyFormValidated = this.notifyFormValidated;
          this.notifyFormValidated = function(invalid) {
            if (!invalid && $scope.governance.invalidFields) {
              $scope.governance.refusal = null;
              $scope.governance.invalidFields = false;
            }
            return notifyFormValidated.apply(this, arguments);
          };

          const passOn = $scope.onFormCompletionCallback;
          $scope.onFormCompletionCallback = function(err, result) {
            const refusal = refusalMessage(err);
            $scope.governance.refusal = refusal;
            $scope.governance.invalidFields = refusal === INVALID_FIELDS;
            $scope.$applyAsync();
            if (!refusal) {
              return passOn(err, result);
            }
            $timeout(function() {
              // the refusal and the buttons below it in view
              ['.governance-refusal', '.form-actions'].forEach(function(selector) {
                const shown = $element[0].querySelector(selector);
                if (shown) {
                  shown.scrollIntoView({block: 'nearest'});
                }
              });
            });
            return passOn(new Error(SUBMISSION_PREVENTED), null);
          };

          function task() {
            // the task detail's scope, above the form directive
            return $scope.$parent && $scope.$parent.task;
          }

          $scope.governanceClaimHint = function() {
            const options = $scope.options || {};
            const current = task();
            if (!$scope.params || !$scope.params.taskId || !options.disableForm || !current || $scope.taskRemoved) {
              return null;
            }
            return current.assignee
              ? 'Diese Aufgabe bearbeitet ' + current.assignee + '. Nur wer sie übernommen hat, kann das Formular ausfüllen und abschließen.'
              : 'Diese Aufgabe ist noch nicht übernommen. Klicken Sie oben auf „Diese Aufgabe übernehmen“; dann können Sie das Formular ausfüllen und abschließen.';
          };

          $scope.governanceCompleteHint = function() {
            const options = $scope.options || {};
            if ($scope.completeInProgress || $scope.taskRemoved || options.hideCompleteButton) {
              return null;
            }
            if (options.disableCompleteButton) {
              return 'Abschließen geht erst, wenn Sie die Aufgabe übernommen haben (oben „Diese Aufgabe übernehmen“).';
            }
            if ($scope.$invalid && !$scope.governance.refusal) {
              return 'Abschließen geht erst, wenn die rot markierten Angaben im Formular korrigiert sind.';
            }
            return null;
          };
        }
      ];
      return $delegate;
    }
  ]);
}

if (angular) {
  angular.module('cam.tasklist.custom').config(['$provide', decorateForm]);
}

// no frontend plugins, only the behaviour above
export default [];
