import { resources } from '../../lambda/locales';
import { speechFor } from '../../lambda/speech/i18n';
import { digits, plainText, spokenList, text } from '../../lambda/speech/ssml';

describe('speech from locale strings', () => {
  it('escapes data put into speech, so a name can never break the SSML', () => {
    const t = speechFor('en-US', () => 0);
    const said = t('support.unsupportedDevice', { device: 'R&D <lab> toaster' });
    expect(said).toContain('R&amp;D &lt;lab&gt; toaster');
    expect(said).not.toContain('<lab>');
  });

  it('inserts SSML fragments as they are', () => {
    const t = speechFor('en-US', () => 0);
    expect(t('support.unsupportedDevice', { device: digits('42') })).toContain('<say-as interpret-as="digits">42</say-as>');
  });

  it('says a different variant when the random pick differs, and every variant is a real sentence', () => {
    const first = speechFor('en-US', () => 0)('support.welcome');
    const last = speechFor('en-US', () => 0.99)('support.welcome');
    expect(first).not.toBe(last);
    expect(speechFor('en-US').variants('support.welcome')).toEqual([first, last]);
  });

  it('falls back to en-US for a locale without strings', () => {
    expect(speechFor('de-DE', () => 0)('support.askDevice')).toBe('Which device is it: an Echo, a Fire TV, or a Kindle?');
  });

  it('refuses a key that has no string rather than speaking the key', () => {
    const t = speechFor('en-US');
    expect(() => t('core.nope' as never)).toThrow(/missing locale string/);
  });

  it('has an en-US string for every area', () => {
    expect(Object.keys(resources['en-US'])).toEqual(expect.arrayContaining(['core', 'support']));
  });
});

describe('SSML helpers', () => {
  it('joins lists as people say them', () => {
    expect(spokenList(['Echo', 'Fire TV', 'Kindle'], 'or').markup).toBe('Echo, Fire TV or Kindle');
    expect(spokenList(['Echo'], 'or').markup).toBe('Echo');
  });

  it('reads digits one by one and strips everything else', () => {
    expect(digits('+1 (206) 555-0142').markup).toBe('<say-as interpret-as="digits">12065550142</say-as>');
  });

  it('turns speech into card text', () => {
    expect(plainText(`<speak>Tom ${text("& Jerry's").markup} <break time="1s"/> ok</speak>`)).toBe("Tom & Jerry's ok");
  });
});
