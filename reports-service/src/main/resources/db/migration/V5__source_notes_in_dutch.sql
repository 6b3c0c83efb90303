-- The notes on where the seeded STO 2020-2023 dates come from, in Dutch: ministry staff read them on the regulation's
-- page, which is Dutch. Only the seed's own text is replaced (a note the ministry wrote since stays as it is); the
-- dates and legal references do not change.
UPDATE regulation_version SET source_note =
    'Termijnen van de regeling zoals eerst gepubliceerd: eerste voortgangsrapportage 1 okt 2021, tweede '
    || 'voortgangsrapportage 1 jul 2023 (sterktechniekonderwijs.nl, 3 apr 2022), einde bestedingsperiode 1 jan 2024, '
    || 'eindverslag 1 jul 2024. dus-i.nl noemt 31 dec 2023 als oorspronkelijk einde van de bestedingsperiode. De '
    || 'publicatiedatum is bij benadering: de aanvragen werden in oktober 2019 beoordeeld.'
WHERE regulation_id = 'STO-2020-2023' AND number = 1 AND published_by = 'regulation-seed'
  AND source_note LIKE 'Deadlines of the regulation as first published:%';

UPDATE regulation_version SET source_note =
    'Minister Slob tekende de wijziging in de week van 20 mei 2021 (sterktechniekonderwijs.nl, 27 mei en 7 jun 2021); '
    || 'Kamerbrief STO 2021, voetnoot 4: eerste voortgangsrapportage 1 okt 2021 -> 1 nov 2021, bestedingsperiode '
    || '7 maanden langer tot 1 aug 2024, eindverslag 1 jul 2024 -> 1 dec 2024. dus-i.nl noemt 31 dec 2024 voor het '
    || 'eindverslag.'
WHERE regulation_id = 'STO-2020-2023' AND number = 2 AND published_by = 'regulation-seed'
  AND source_note LIKE 'Minister Slob signed the amendment%';

UPDATE regulation SET source_note =
    (SELECT source_note FROM regulation_version WHERE regulation_id = 'STO-2020-2023' AND number = 1)
    || ' Periode: van de inwerkingtreding tot eind 2025, een jaar na de laatste termijn; de vervaldatum van de '
    || 'regeling zelf was voor ons niet beschikbaar.'
WHERE id = 'STO-2020-2023' AND source_note LIKE 'Deadlines of the regulation as first published:%';
