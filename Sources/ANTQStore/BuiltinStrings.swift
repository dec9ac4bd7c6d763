import ANTQCore

/// English store messages built into the program, for errors met before the catalogs can be
/// loaded (assets not found, a damaged catalog). Kept equal to assets/i18n/en/store.json by a
/// test.
enum BuiltinStrings {
  static let english = Catalog(language: .en, strings: strings)

  private static let strings: [String: String] = [
    "store.error.folderMissing": "The data folder {0} does not exist.",
    "store.error.notAFolder": "{0} is not a folder; give a data folder.",
    "store.error.fileMissing": "The data file {0} is missing. Restore it from a backup.",
    "store.error.invalidJSON":
      "{0}, line {1}, column {2}: not valid JSON: {3}. The file was left unchanged; fix it or restore it from a backup.",
    "store.error.invalidRecord":
      "{0}, line {1}, column {2}: {3}, field \"{4}\": {5}. The file was left unchanged.",
    "store.error.invalidField":
      "{0}, line {1}, column {2}: field \"{3}\": {4}. The file was left unchanged.",
    "store.error.unsupportedSchema":
      "{0} has schema version {1}; this program reads version {2}. Use the antq version that wrote it.",
    "store.error.wrongCollection":
      "{0} holds the collection \"{1}\", expected \"{2}\". Was the file renamed or copied over?",
    "store.error.io": "{0}: cannot {1}: {2}.",
    "store.error.assetsNotFound":
      "Cannot find the assets folder (strings and demo data). Looked in:\n{0}\nSet ANTQ_ASSETS to the assets folder.",
    "store.error.languageMissing": "No strings for language \"{0}\" in {1}.",
    "store.error.duplicateKey": "The string key \"{0}\" is defined twice: in {1} and in {2}.",
    "store.record.number": "record {0}",
    "store.record.withID": "record {0} (id {1})",
    "store.field.topLevel": "(whole file)",
    "store.field.wrongType": "expected {0}",
    "store.field.missing": "required field is missing",
    "store.field.null": "must have a value, found null",
    "store.field.invalid": "invalid value ({0})",
    "store.type.text": "text",
    "store.type.number": "a number",
    "store.type.boolean": "true or false",
    "store.type.list": "a list [...]",
    "store.type.object": "an object {...}",
    "store.type.value": "a value",
    "store.json.unexpectedCharacter": "unexpected character '{0}'",
    "store.json.unexpectedEnd": "the file ends too early (cut off?)",
    "store.json.badEscape": "a bad escape after \\ in a text",
    "store.json.controlCharacter": "a line break or control character inside a text (write \\n)",
    "store.json.badNumber": "a malformed number",
    "store.json.trailingContent": "extra text after the end of the data",
    "store.json.tooDeep": "nested too deeply",
    "store.json.invalidUTF8": "bytes that are not UTF-8 text",
    "store.json.unclosedText":
      "a text that is not closed on its line (a \" is missing; a line break inside a text is written \\n)",
    "store.json.loneSurrogate":
      "a \\u escape of half a character (\\uD800 to \\uDFFF must come in pairs, high then low)",
    "store.io.read": "read",
    "store.io.write": "write",
    "store.io.create": "create",
    "store.io.rename": "replace",
    "store.io.sync": "flush to disk",
    "store.io.list": "list",
    "store.error.otherProvince":
      "{0} holds another province's data (id {1}, this one is {2}): nothing was exchanged.",
    "store.error.conflict":
      "{0} on {1} changed this record while you were editing it; nothing was saved.",
    "store.error.journalDamaged":
      "{0}, line {1}: the journal is damaged: {2}. Nothing was changed. Run \"antq check\", then restore the journal from a backup or ask for help.",
    "store.error.readOnly":
      "{0} is open read-only: nothing can be saved.",
    "store.error.othersMay":
      "{0} can be {1} by every account on this machine (owner {2}, group {3}, mode {4}){5}. The data folder holds informants' details: antq does not open it while others can reach it. Fix it with: {6}",
    "store.error.cannotRead":
      "{0}: this account ({1}) cannot read it (owner {2}, group {3}, mode {4}){5}. The folder is there, but its data cannot be read. The owner or an administrator shares it with the group of antq's users: {6}",
    "store.error.cannotWrite":
      "{0}: this account ({1}) cannot write in it (owner {2}, group {3}, mode {4}){5}. To let the group write, the owner or an administrator runs: {6}",
    "store.access.read":
      "read",
    "store.access.write":
      "written",
    "store.access.readWrite":
      "read and written",
    "store.access.more":
      ", and {0} more files or folders",
    "store.access.loginAgain":
      "(then {0} logs in again)",
    "store.journal.torn":
      "the line is cut off (the program stopped while writing it)",
    "store.journal.badFormat":
      "not a journal line",
    "store.journal.checksum":
      "its checksum does not match (damaged bytes)",
    "store.journal.sequence":
      "sequence number {1} where {0} was expected (a line missing or repeated)",
    "store.journal.invalidJSON": "column {0}: the change is not valid JSON: {1}",
    "store.journal.undecodable":
      "the change cannot be read ({0})",
    "store.journal.newerFormat":
      "written by a newer version of antq (format {0}); update the program to read it",
    "store.journal.otherProvince":
      "belongs to another province's data ({0})",
    "store.journal.chainBroken":
      "its chain does not match line {0}: line {0} was changed after it was written, or a line after it was removed",
    "store.journal.chainStart":
      "its chain does not match the start of this journal: a line before it was removed, or it comes from another journal",
    "store.journal.chainMoved":
      "it was moved: its chain names line {1}, not line {0} before it (lines were reordered)",
    "store.journal.foldedLineMissing":
      "missing: folded.json says this journal had {0} lines when it was folded; lines were removed from its end",
    "store.journal.chainMissing":
      "it has no chain although the lines before it have one: it was put there or changed after they were written",
    "store.notice.journalProblem":
      "{0}, line {1}: {2}. This journal is read no further; everything else works and the file is left as it is.",
    "store.notice.openedReadOnly":
      "Opened read-only, the data folder cannot be written: {0}",
    "store.notice.journalTailDropped":
      "{0}, line {1}: the last change was not saved completely ({2}) and was dropped; every change before it is kept.",
    "store.notice.keptAs":
      "Its bytes were kept in {0}.",
    "store.notice.foldFailed":
      "Could not write the data files: {0} Every change is still safe in the journal; it will be tried again.",
    "store.notice.upgradePending":
      "{0} was written by an older version of antq (file schema 1). It is read as it is; the next save rewrites it as schema {1} and keeps the old files in backups/.",
    "store.check.dangling":
      "{0}: record \"{1}\", field \"{2}\": names {3} \"{4}\", which does not exist.",
    "store.check.duplicateID":
      "{0}: the id \"{1}\" is used by {2} records.",
    "store.check.undecided":
      "Undecided: {0} {1} was changed in several places while apart ({2}); open antq and press C to choose the version to keep.",
    "store.check.journalLine": "{0}, line {1}: {2}.",
    "store.check.notSealed":
      "Tips not sealed to exactly the readers of identities now (a reader was added or removed without sealing them again): {0} ({1}). A reader with their key seals them again with: antq users reseal",
    "store.check.healthy":
      "{0}: no problems found.",
    "store.kind.commune":
      "a commune",
    "store.kind.residentialArea":
      "a residential area",
    "store.kind.institution":
      "an institution",
    "store.kind.assessment":
      "a safety assessment",
    "store.kind.newRural":
      "a new-rural recognition",
    "store.kind.modelType":
      "a model type",
    "store.kind.site":
      "a model site",
    "store.kind.appraisal":
      "an appraisal",
    "store.kind.exemplar":
      "an exemplar",
    "store.kind.team":
      "a team",
    "store.kind.member":
      "a member",
    "store.kind.patrol":
      "a patrol",
    "store.kind.tip":
      "a tip",
    "store.kind.incident":
      "an incident",
    "store.kind.outreach":
      "an outreach session",
    "store.kind.trafficDuty":
      "a traffic duty",
    "store.kind.managedPerson":
      "a person under management",
    "store.kind.educationFile":
      "an education file",
    "store.kind.rescue":
      "a rescue",
    "store.kind.user":
      "a user",
    "store.kind.reveal":
      "an identity reveal",
    "store.notice.changeRefused":
      "Change {0} by the account {1} ({2}) was not applied: {3}",
    "store.kind.wantedCase":
      "a wanted-person case",
  ]
}
