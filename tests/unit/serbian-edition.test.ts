/** What issue 20 asked of the Serbian editions' code: ASCII downloads, years in sentences, sources and statuses in Serbian. */
import { describe, expect, it } from 'vitest';
import { fileName } from '../../src/lib/data/schema-parts.ts';
import { renameSources } from '../../src/lib/data/source-names.ts';
import { statusLabel } from '../../src/lib/graphics/finance/model.ts';
import { slug } from '../../src/lib/graphics/trade-partners/model.ts';
import { markEnglish } from '../../src/lib/i18n/fallback.ts';
import { createFormat } from '../../src/lib/i18n/format.ts';
import { scriptOf } from '../../src/lib/i18n/scripts.ts';
import { editionsOf, FIXTURE_DIR } from '../helpers/data.ts';

describe('download file names', () => {
  it('are plain ASCII: a Serbian letter, Cyrillic or a space is refused, placeholders allowed', () => {
    expect(fileName().safeParse('srbija-kina-trgovina').success).toBe(true);
    expect(fileName(['period']).safeParse('srbija-trgovinski-partneri-{period}').success).toBe(true);
    for (const bad of ['srbija-kinesko-zvanično-finansiranje', 'србија-кина-трговина', 'srbija kina', 'Srbija-Kina'])
      expect(fileName().safeParse(bad).success, bad).toBe(false);
  });

  it('fold a period written in Cyrillic or with Serbian letters to ASCII', () => {
    expect(slug('јануар–октобар 2023.')).toBe('januar-oktobar-2023');
    expect(slug('januar–jul 2024.')).toBe('januar-jul-2024');
    expect(slug('Ђурђевдан, čačak')).toBe('djurdjevdan-cacak');
    expect(slug('January–October 2023')).toBe('january-october-2023');
  });
});

describe('years inside a Serbian sentence', () => {
  const words = editionsOf(FIXTURE_DIR)['sr-Latn']!['interface.json'].format;
  it('are ordinals when the language says so ("{year}."), runs and lists included', () => {
    const sr = createFormat({ ...words, year: '{year}.' });
    expect(sr.years([2014])).toBe('2014.');
    expect(sr.years([2010, 2013])).toBe('2010. i 2013.');
    expect(sr.years([2011, 2012, 2015, 2016])).toBe('2011–2012. i 2015–2016.');
    // Without the word, years stay as they were (English).
    expect(createFormat({ ...words, year: undefined }).years([2010, 2013])).toBe('2010 i 2013');
  });
});

describe('sources by their Serbian names (interface.json › sourceNames)', () => {
  const names = { 'Tanjug (minister Momirović)': 'Tanjug (ministar Momirović)', 'Wikipedia mirror (owiki.org)': 'kopija Vikipedije (owiki.org)' };
  const data = {
    events: [{ id: 'a', sources: [{ name: 'Tanjug (minister Momirović)', url: 'https://tanjug.rs/a' }, { name: 'Reuters', url: 'https://reuters.com/b' }] }],
    series: [{ points: [{ sources: [{ name: 'Wikipedia mirror (owiki.org)', url: 'https://owiki.org/c', note: 'x' }] }] }],
    name: 'Tanjug (minister Momirović)',
  };
  it('renames every listed source, in the edition’s script, and leaves the rest as published', () => {
    const latin = renameSources(data, names, scriptOf('latin'));
    expect(latin.events[0].sources.map((s) => s.name)).toEqual(['Tanjug (ministar Momirović)', 'Reuters']);
    expect(latin.series[0].points[0].sources[0]).toEqual({ name: 'kopija Vikipedije (owiki.org)', url: 'https://owiki.org/c', note: 'x' });
    // Only sources: another field with the same text is not a source's name.
    expect(latin.name).toBe('Tanjug (minister Momirović)');
    const cyrillic = renameSources(data, names, scriptOf('cyrillic'));
    expect(cyrillic.events[0].sources.map((s) => s.name)).toEqual(['Танјуг (министар Момировић)', 'Reuters']);
    expect(cyrillic.series[0].points[0].sources[0].name).toBe('копија Википедије (owiki.org)');
  });
  it('shows a name with an English gloss that is not listed in English, marked as English; an outlet’s own name as published', () => {
    const added = { events: [{ sources: [{ name: 'Ministry of Finance (press release)', url: 'https://mfin.gov.rs' }, { name: 'Reuters', url: 'https://reuters.com' }] }] };
    for (const script of [scriptOf('latin'), scriptOf('cyrillic')])
      expect(renameSources(added, names, script).events[0].sources.map((s) => s.name)).toEqual([markEnglish('Ministry of Finance (press release)'), 'Reuters']);
  });
});

describe('AidData’s statuses', () => {
  it('show the words’ label where there is one, else AidData’s own (marked English in a translation)', () => {
    const w = { statuses: { Completion: 'Završeno' } };
    expect(statusLabel(w, markEnglish('Completion'))).toBe('Završeno');
    expect(statusLabel(w, markEnglish('Implementation'))).toBe(markEnglish('Implementation'));
    expect(statusLabel({}, 'Completion')).toBe('Completion');
  });
});

describe('quotation marks inside quotation marks', () => {
  it('nest as Serbian and English write them when a template quotes a value', async () => {
    const { fill } = await import('../../src/lib/i18n/template.ts');
    const headline = 'Putevi, bakar i „zajednička budućnost“: kako se Srbija približila Kini';
    expect(fill('{title}: grafika iz priče „{headline}“.', { title: 'Dug', headline })).toBe(
      'Dug: grafika iz priče „Putevi, bakar i ‚zajednička budućnost‘: kako se Srbija približila Kini“.',
    );
    expect(fill('A graphic from “{headline}”', { headline: 'Roads and a “shared future”' })).toBe('A graphic from “Roads and a ‘shared future’”');
    // Outside quotation marks, and after a closed quotation, a value is left as it is.
    expect(fill('{headline}', { headline })).toBe(headline);
    expect(fill('„Naslov“ i {headline}', { headline })).toBe(`„Naslov“ i ${headline}`);
  });
});
