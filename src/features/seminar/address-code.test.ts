import { onlyHere } from './address-code';

describe("the projector's address code", () => {
  it('warns when phones in the room cannot reach the address', () => {
    expect(onlyHere('file:///media/usb/qorgau.html#/seminar/run')).toBe(true);
    expect(onlyHere('http://localhost:4173/#/seminar/run')).toBe(true);
    expect(onlyHere('http://127.0.0.1:4173/#/seminar/run')).toBe(true);
  });

  it('does not warn for an address on the room network', () => {
    expect(onlyHere('http://192.168.1.20:4173/#/modules/m/quiz')).toBe(false);
    expect(onlyHere('https://qorgau.example.kz/#/modules/m/quiz')).toBe(false);
  });
});
