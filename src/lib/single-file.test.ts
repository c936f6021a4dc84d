import { singleFileUrl } from './single-file';

const here = 'https://course.example.kz/qorgau/#/offline';

describe('the one-file course download', () => {
  it('is offered at an address on the course’s own site', () => {
    expect(singleFileUrl('qorgau.html', here)).toBe('https://course.example.kz/qorgau/qorgau.html');
  });

  it('is not offered when the site publishes none', () => {
    expect(singleFileUrl(undefined, here)).toBeUndefined();
    expect(singleFileUrl('  ', here)).toBeUndefined();
  });

  it('is not offered from another site', () => {
    expect(singleFileUrl('https://elsewhere.example.com/qorgau.html', here)).toBeUndefined();
  });
});
