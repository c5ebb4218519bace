import { personName } from '../person-name';

describe('personName', () => {
  it('writes a Chinese name family name first, without a space', () => {
    expect(personName({ firstname: '博', lastname: '陈' })).toBe('陈博');
    expect(personName({ firstname: '小明', lastname: '欧阳' })).toBe('欧阳小明');
  });

  it('writes other names given name first, and whatever part there is', () => {
    expect(personName({ firstname: 'Wei', lastname: 'Zhang' })).toBe('Wei Zhang');
    expect(personName({ firstname: 'Wei', lastname: null })).toBe('Wei');
    expect(personName({ firstname: null, lastname: '陈' })).toBe('陈');
  });

  it('falls back to the e-mail, then to nothing', () => {
    expect(personName({ firstname: ' ', lastname: '', email: 'a@b.c' })).toBe('a@b.c');
    expect(personName(null)).toBeNull();
  });
});
